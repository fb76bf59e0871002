using KnowledgeArchive.Lineage.Questions;
using KnowledgeArchive.Web.Apis;
using KnowledgeArchive.Web.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KnowledgeArchive.Web.Pages.Lineage;

/// <summary>
/// A lineage question in words, answered as a timeline of decisions with the evidence for each link; the reading of
/// the question is shown, and each part of it (what is asked, organisation, body, year, subject) can be corrected.
/// </summary>
public sealed class TraceModel(LineageQuestions questions) : PageModel
{
    public static IReadOnlyList<(string Value, string Label)> Intents { get; } =
    [
        ("history", "Its history: where it began, what replaced it"),
        ("ratification", "Which decision ratified it"),
        ("harmonisation", "Which CCGs adopted a shared policy"),
        ("transfer", "What was handed on to the ICB"),
        ("deferral", "What became of a deferred decision"),
    ];

    public string? Q { get; private set; }

    public string? Error { get; private set; }

    public LineageQuestion? Question { get; private set; }

    public LineageChain Chain { get; private set; } = LineageChain.Empty;

    /// <summary>Whether the user corrected the reading (the correction form then stays open).</summary>
    public bool Corrected { get; private set; }

    /// <summary>The subject as the user typed it, else the words read from the question (without their synonyms).</summary>
    public string? SubjectText { get; private set; }

    public async Task OnGetAsync(string? q, string? intent, string? organisation, string? body, string? year, string? subject, CancellationToken cancellationToken)
    {
        Q = q?.Trim();
        if (string.IsNullOrEmpty(Q))
        {
            return;
        }

        if (Q.Length > LineageQuestions.MaxQuestionLength)
        {
            Error = $"A question may be at most {LineageQuestions.MaxQuestionLength} characters long.";
            return;
        }

        var (correction, error) = QuestionCorrectionReader.Read(intent, organisation, body, year, subject);
        if (correction is null)
        {
            Error = error;
            return;
        }

        Corrected = !correction.IsEmpty;
        (Question, Chain) = await questions.AnswerAsync(Q, correction, HttpContext.RecordScope(), cancellationToken);
        SubjectText = subject ?? string.Join(' ', Question.Words);
    }
}
