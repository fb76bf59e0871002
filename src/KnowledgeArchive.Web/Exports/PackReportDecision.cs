namespace KnowledgeArchive.Web.Exports;

/// <summary>One decision of the chain: when, where, what, its own words, and the file and page it is recorded in.</summary>
public sealed record PackReportDecision(
    string Date, string Organisation, string Body, string Reference, string Outcome, string Subject, string Text, bool Restricted,
    bool InArchive, string FileName, int PageNumber, string? Sha256);
