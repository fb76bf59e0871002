using System.Text;

namespace KnowledgeArchive.Extraction.Rtf;

/// <summary>The running headers and footers of an RTF document (first-page, left and right ones too), each kept as written, once.</summary>
internal sealed class RtfRunningText
{
    private const int MaxTexts = 20;
    private const int MaxLength = 4096;
    private readonly List<string> texts = [];
    private readonly StringBuilder text = new();

    public IReadOnlyList<string> Texts => texts;

    public void Begin() => text.Clear();

    public void Add(string value)
    {
        if (text.Length < MaxLength)
        {
            text.Append(value);
        }
    }

    public void End()
    {
        var cleaned = TextCleaner.Clean(text.ToString());
        if (cleaned.Length > 0 && texts.Count < MaxTexts && !texts.Contains(cleaned, StringComparer.Ordinal))
        {
            texts.Add(cleaned);
        }
    }
}
