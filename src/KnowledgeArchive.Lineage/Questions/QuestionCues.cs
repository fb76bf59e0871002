using KnowledgeArchive.Language;
using KnowledgeArchive.Language.Text;

namespace KnowledgeArchive.Lineage.Questions;

/// <summary>
/// The phrasebook's question words, ready to read a question with: which kind of answer it asks for (the first kind,
/// in order of precedence, whose cue it holds, every form of a verb counted), whether it asks where something began,
/// and which of its words name no subject.
/// </summary>
public sealed class QuestionCues
{
    // A question that cues several kinds asks for the most particular: "which policies transferred after the deferral" is a transfer.
    private static readonly LineageIntent[] Order =
        [LineageIntent.Transfer, LineageIntent.Ratification, LineageIntent.Deferral, LineageIntent.Harmonisation, LineageIntent.History];

    private readonly List<(LineageIntent Intent, PhraseSet Words)> asks = [];
    private readonly PhraseSet first;
    private readonly HashSet<string> stopWords;

    public QuestionCues(Wording wording)
    {
        ArgumentNullException.ThrowIfNull(wording);
        var questions = wording.Phrasebook.Questions;
        var inflector = new Inflector(wording.Phrasebook.VerbForms);
        foreach (var (name, words) in questions.Asks)
        {
            if (!Enum.TryParse<LineageIntent>(name, ignoreCase: true, out var intent) || !Order.Contains(intent))
            {
                throw new InvalidOperationException($"phrasebook questions.asks.{name} is not a kind of lineage answer ({string.Join(", ", Order.Select(p => p.ToString().ToLowerInvariant()))})");
            }

            asks.Add((intent, new PhraseSet(words.SelectMany(w => inflector.Forms(w).Select(f => f.Phrase).Append(w)))));
        }

        asks.Sort((a, b) => Array.IndexOf(Order, a.Intent).CompareTo(Array.IndexOf(Order, b.Intent)));
        first = new PhraseSet(questions.First);
        stopWords = new HashSet<string>(questions.StopWords, StringComparer.OrdinalIgnoreCase);
    }

    public LineageIntent IntentOf(string text) =>
        asks.Where(a => a.Words.IsIn(text)).Select(a => (LineageIntent?)a.Intent).FirstOrDefault() ?? LineageIntent.History;

    public bool AsksFirst(string text) => first.IsIn(text);

    /// <summary>The text with every cue blanked out, so that what is left names the subject.</summary>
    public string WithoutCues(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chars = text.ToCharArray();
        foreach (var (_, start, end) in asks.SelectMany(a => a.Words.FindAll(text)).Concat(first.FindAll(text)))
        {
            Array.Fill(chars, ' ', start, end - start);
        }

        return new string(chars);
    }

    public bool IsStopWord(string word) => stopWords.Contains(word);
}
