using KnowledgeArchive.Core.Documents;

namespace KnowledgeArchive.Ingestion.Sources;

/// <summary>What is assumed of a source's documents when they do not say themselves.</summary>
public sealed record SourceDefaults
{
    public string? Ccg { get; init; }

    public string? Icb { get; init; }

    public string? Body { get; init; }

    public string? Sensitivity { get; init; }

    public string? DocumentType { get; init; }

    public DocumentMetadata ToMetadata() => new()
    {
        Ccg = Ccg,
        Icb = Icb,
        Body = Body,
        Sensitivity = Sensitivity ?? Sensitivities.Public,
        DocumentType = DocumentType ?? DocumentTypes.Other,
    };
}
