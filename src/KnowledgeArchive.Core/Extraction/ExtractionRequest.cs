namespace KnowledgeArchive.Core.Extraction;

/// <summary>What to read and how: the file, and what a user or the ingest pipeline adds for this one extraction.</summary>
/// <param name="Path">The file to read.</param>
public sealed record ExtractionRequest(string Path)
{
    /// <summary>A password a user supplied for an encrypted file; held in memory for this extraction only, never stored or logged.</summary>
    public string? Password { get; init; }

    /// <summary>Read every page by OCR, text layer or not (a scanner's junk text layer).</summary>
    public bool ForceOcr { get; init; }

    /// <summary>
    /// A first pass that reads no page by OCR: a file that needs OCR (a PDF with pages that are only pictures, every
    /// page with <see cref="ForceOcr"/>, a picture file) comes back at once as <see cref="ExtractionResult.NeedsOcr"/>
    /// with the number of pages OCR is to read, instead of being read.
    /// </summary>
    public bool SkipOcr { get; init; }

    /// <summary>Told when the file's scanned pages wait for OCR and when OCR is done with them; never sent to a worker process.</summary>
    public IOcrWaitListener? OcrWait { get; init; }

    /// <summary>Where a container (an email) writes the files attached to it; null leaves them unwritten.</summary>
    public string? AttachmentsDirectory { get; init; }

    /// <inheritdoc/>
    public override string ToString() => $"ExtractionRequest {{ Path = {Path}, Password = {(Password is null ? "none" : "supplied")}, ForceOcr = {ForceOcr}, SkipOcr = {SkipOcr}, AttachmentsDirectory = {AttachmentsDirectory} }}";
}
