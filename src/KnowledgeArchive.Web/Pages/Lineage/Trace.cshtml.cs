using KnowledgeArchive.Lineage.Questions;
using KnowledgeArchive.Web.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KnowledgeArchive.Web.Pages.Lineage;

/// <summary>A lineage question in words, answered as a timeline of decisions with the evidence for each link.</summary>
public sealed class TraceModel(LineageQuestions questions) : PageModel
{
    public string? Q { get; private set; }

    public string? Error { get; private set; }

    public LineageQuestion? Question { get; private set; }

    public LineageChain Chain { get; private set; } = LineageChain.Empty;

    public async Task OnGetAsync(string? q, CancellationToken cancellationToken)
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

        (Question, Chain) = await questions.AnswerAsync(Q, HttpContext.RecordScope(), cancellationToken);
    }
}
