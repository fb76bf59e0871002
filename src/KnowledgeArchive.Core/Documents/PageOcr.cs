namespace KnowledgeArchive.Core.Documents;

/// <summary>How a page's text was read when it was read by optical character recognition (a scan, a photo, a fax).</summary>
/// <param name="MeanConfidence">The recogniser's mean word confidence, 0 to 100.</param>
/// <param name="Words">How many words it read on the page.</param>
/// <param name="Dpi">The resolution the page was read at, in dots per inch.</param>
/// <param name="Failure">Why the page could not be read (a time limit, the recogniser failing); null when it was.</param>
public sealed record PageOcr(double MeanConfidence, int Words, int Dpi, string? Failure = null);
