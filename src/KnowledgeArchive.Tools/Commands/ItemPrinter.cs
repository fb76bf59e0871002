using System.Globalization;
using KnowledgeArchive.Enrichment.Decisions;

namespace KnowledgeArchive.Tools.Commands;

/// <summary>Prints minutes' items and the outcomes read in each: "+" kept as a decision, "-" read but not kept.</summary>
internal static class ItemPrinter
{
    public static void Print(IReadOnlyList<ItemExplanation> items)
    {
        foreach (var item in items)
        {
            var head = item.Reference ?? item.Label ?? "(no number)";
            var flags = (item.Procedural ? " [procedural]" : string.Empty) + (item.Private ? " [private]" : string.Empty);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"item {head}: {item.Title ?? "(before the first item)"} p{item.Page}{flags}"));
            foreach (var reading in item.Readings)
            {
                var mark = reading.Kept ? "+" : "-";
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {mark} {reading.Outcome} {reading.Confidence:0.00} p{reading.Page} ({reading.Reason}): {reading.Sentence}"));
            }
        }
    }
}
