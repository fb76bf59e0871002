namespace KnowledgeArchive.Web.Pages;

/// <summary>A filter in force, shown so it can be seen and dropped: its label, its value, and the address without it.</summary>
public sealed record FilterChip(string Label, string Value, string RemoveLink);
