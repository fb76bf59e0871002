using System.Globalization;

namespace KnowledgeArchive.Web.Apis;

/// <summary>The response header that says which catalog sequence an answer reflects.</summary>
public static class CatalogSequenceHeader
{
    public const string Name = "X-Catalog-Sequence";

    public static void Set(HttpResponse response, long sequence)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers[Name] = sequence.ToString(CultureInfo.InvariantCulture);
    }
}
