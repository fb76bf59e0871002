using System.Globalization;
using KnowledgeArchive.Core.Enrichment;

namespace KnowledgeArchive.Tools.Commands;

/// <summary>Prints what enrichment read from a document, one fact a line.</summary>
internal static class EnrichmentPrinter
{
    public static void Print(EnrichmentResult enriched)
    {
        var m = enriched.Metadata;
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine($"description: {enriched.Description}");
        Console.WriteLine($"type: {m.DocumentType}; organisation: {m.Organisation}; ccg: {m.Ccg}; icb: {m.Icb}; body: {m.Body}; date: {m.Date?.ToString("yyyy-MM-dd", inv)}; session: {m.Session}; sensitivity: {m.Sensitivity}");
        if (enriched.Policy is { } policy)
        {
            Console.WriteLine($"policy: reference {policy.Reference}; version {policy.Version}; approved {policy.ApprovedOn?.ToString("yyyy-MM-dd", inv)} by {policy.ApprovedBy}; review {policy.ReviewDate?.ToString("yyyy-MM-dd", inv)}; history rows {policy.History.Count}");
        }

        foreach (var organisation in enriched.UnknownOrganisations)
        {
            Console.WriteLine($"not in the gazetteer: {organisation}");
        }

        foreach (var decision in enriched.Decisions)
        {
            Console.WriteLine(string.Create(inv, $"decision p{decision.PageNumber} [{decision.Outcome}{(decision.NeedsReview ? ", needs review" : string.Empty)}] {decision.Reference ?? decision.ItemLabel ?? "-"} {decision.Subject}: {decision.Text}"));
            Console.WriteLine(string.Create(inv, $"    confidence {decision.Confidence:0.00}: {decision.Reason}"));
        }

        foreach (var fact in enriched.OrganisationFacts)
        {
            Console.WriteLine(string.Create(inv, $"succession p{fact.PageNumber}: {fact.Organisation} -> {fact.Successor} ({fact.On:yyyy-MM-dd}): {fact.Text}"));
        }

        foreach (var citation in enriched.Citations)
        {
            Console.WriteLine(string.Create(inv, $"citation p{citation.PageNumber} {citation.Relation} ({citation.Method}) {citation.CitedReference ?? citation.CitedPolicyVersion ?? citation.CitedBody}: {citation.Text}"));
        }
    }
}
