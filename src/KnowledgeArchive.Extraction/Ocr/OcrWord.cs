namespace KnowledgeArchive.Extraction.Ocr;

/// <summary>A word read by OCR: its text, its box in pixels of the picture (y down), its confidence and its line.</summary>
internal sealed record OcrWord(string Text, int Left, int Top, int Width, int Height, double Confidence, int Line)
{
    public int Right => Left + Width;

    public int Bottom => Top + Height;
}

/// <summary>One picture's words, with the picture's size in pixels.</summary>
internal sealed record OcrPicture(int Number, int Width, int Height, IReadOnlyList<OcrWord> Words)
{
    public double MeanConfidence => Words.Count == 0 ? 0 : Words.Average(w => w.Confidence);
}
