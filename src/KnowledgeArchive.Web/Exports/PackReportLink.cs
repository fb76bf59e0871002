namespace KnowledgeArchive.Web.Exports;

/// <summary>One link: what acts on what, how it was found, and the quoted words it rests on with file, page and SHA-256.</summary>
public sealed record PackReportLink(
    string From, string Type, string To, string Method, string Evidence, string FileName, int PageNumber, string Sha256, bool Restricted);
