namespace KnowledgeArchive.Ingestion;

/// <summary>What a user asks of the next extraction of one document: a password to open it, or OCR of every page.</summary>
/// <param name="Password">Held in memory until that extraction takes it; never stored, logged or audited.</param>
/// <param name="ForceOcr">Read every page by OCR, text layer or not.</param>
public sealed record OneOffExtraction(string? Password, bool ForceOcr)
{
    /// <inheritdoc/>
    public override string ToString() => $"OneOffExtraction {{ Password = {(Password is null ? "none" : "supplied")}, ForceOcr = {ForceOcr} }}";
}
