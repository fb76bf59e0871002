using static KnowledgeArchive.Extraction.Tests.Support.OpenDocumentPresentation;
using static KnowledgeArchive.Extraction.Tests.Support.SlideShapes;

namespace KnowledgeArchive.Extraction.Tests.Support;

/// <summary>
/// A governing body's briefing on the move to the integrated care board, written the same in both presentation
/// formats: a title slide, a slide of points at two levels, a slide with a table of decisions and speaker notes, and a
/// hidden slide.
/// </summary>
public static class TransitionDeck
{
    public const string Title = "Transition to the integrated care board";
    public const string Notes = "The chair asked that the IFR panel continue to sit until the ICB appoints its own.";

    public static readonly (string Text, int Level)[] Points =
    [
        ("Clinical policies transfer to the ICB unchanged", 0),
        ("Individual funding requests policy", 1),
        ("Continuing healthcare eligibility policy", 1),
        ("Corporate policies are reviewed by July 2022", 0),
    ];

    public static readonly string[][] Decisions =
    [
        ["Decision", "Owner", "Due"],
        ["Adopt the CCG's clinical policies", "Governing Body", "March 2022"],
        ["Close the CCG's accounts", "Chief Finance Officer", "June 2022"],
    ];

    public static byte[] Pptx() => SlideDeck.Build(
        [
            new DeckSlide([Title(Title, centred: true), Placeholder(DocumentFormat.OpenXml.Presentation.PlaceholderValues.SubTitle, "Governing Body briefing, March 2022")]),
            new DeckSlide([Title("Policies transferring"), Body(Points), Placeholder(DocumentFormat.OpenXml.Presentation.PlaceholderValues.Footer, "NHS Example CCG")]),
            new DeckSlide([Title("Decisions required"), Table(457200, 1600200, Decisions)], Notes: Notes),
            new DeckSlide([Title("Risks not yet assigned"), TextBox(457200, 1600200, "Estates leases novate to NHS Property Services")], Hidden: true),
        ],
        title: "ICB transition briefing");

    public static byte[] Odp() => OpenDocumentPresentation.Build(
        Page(Frame("title", 2, 2, $"<text:p>{Title}</text:p>") + Frame("subtitle", 2, 8, "<text:p>Governing Body briefing, March 2022</text:p>")) +
        Page(Frame("title", 2, 1, "<text:p>Policies transferring</text:p>") + Frame("outline", 2, 4, Outline(Points)) + Frame("footer", 2, 18, "<text:p>NHS Example CCG</text:p>")) +
        Page(Frame("title", 2, 1, "<text:p>Decisions required</text:p>") + TableFrame(2, 4, Decisions), notes: Escape(Notes)) +
        Page(Frame("title", 2, 1, "<text:p>Risks not yet assigned</text:p>") + Frame(null, 2, 4, "<text:p>Estates leases novate to NHS Property Services</text:p>"), hidden: true),
        title: "ICB transition briefing");
}
