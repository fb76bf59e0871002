using System.Globalization;
using KnowledgeArchive.Ingestion.Timing;

namespace KnowledgeArchive.Tools.Commands;

/// <summary>Prints where an ingest's time went, stage by stage, from the service's <see cref="IngestTimings"/>.</summary>
internal static class StageBreakdown
{
    public static void Print(IngestTimings timings, TimeSpan wall)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"stages (time summed over the workers that run at once, so they may add up to more than the {wall.TotalSeconds:0.0} s wall):"));
        foreach (var stage in Enum.GetValues<IngestStage>())
        {
            var total = timings.Total(stage);
            var count = timings.Count(stage);
            var each = count == 0 ? 0 : total.TotalMilliseconds / count;
            Console.WriteLine(string.Create(inv, $"  {stage,-13} {total.TotalSeconds,8:0.0} s  {100 * total / wall,5:0}% of wall  {count,8:N0} passes  {each,7:0.00} ms each"));
        }
    }
}
