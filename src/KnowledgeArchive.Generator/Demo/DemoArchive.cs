using KnowledgeArchive.Generator.Model;
using KnowledgeArchive.Generator.Writers;

namespace KnowledgeArchive.Generator.Demo;

/// <summary>
/// A small archive of a fictional CCG, written as PDF and .docx: Governing Body minutes (public and private session),
/// committee minutes, two policies and the handover paper to its ICB. Used by the run command's demo switch.
/// </summary>
public static class DemoArchive
{
    /// <summary>Writes the demo files into <paramref name="directory"/> (created if missing) and returns their paths.</summary>
    public static IReadOnlyList<string> WriteTo(string directory)
    {
        Directory.CreateDirectory(directory);
        var pdf = new PdfDocumentWriter();
        var docx = new DocxDocumentWriter();
        var files = new List<string>();
        foreach (var (name, spec, asPdf) in Documents())
        {
            var writer = asPdf ? (IDocumentWriter)pdf : docx;
            var path = Path.Combine(directory, name + writer.Extension);
            writer.Write(spec, path);
            files.Add(path);
        }

        return files;
    }

    private static IEnumerable<(string Name, DocumentSpec Spec, bool AsPdf)> Documents()
    {
        yield return ("HWCCG GB Minutes 2019-03-26 PUBLIC", DemoMinutes.GoverningBodyPublic(), true);
        yield return ("HWCCG GB Minutes 2019-03-26 PART 2", DemoMinutes.GoverningBodyPrivate(), true);
        yield return ("HWCCG PCCC Minutes 2019-02-12", DemoMinutes.PrimaryCareCommittee(), false);
        yield return ("Gluten-free prescribing policy v2.0", DemoPolicies.GlutenFree(), false);
        yield return ("Assisted conception policy v3.1", DemoPolicies.AssistedConception(), true);
        yield return ("HWCCG handover to Wessex Downs ICB", DemoHandover.Paper(), false);
    }
}
