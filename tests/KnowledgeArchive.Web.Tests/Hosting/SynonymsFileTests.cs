using KnowledgeArchive.Web.Tests.Infrastructure;

namespace KnowledgeArchive.Web.Tests.Hosting;

public sealed class SynonymsFileTests
{
    [Fact]
    public void MalformedSynonymsFile_StopsStartUp_NamingTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"synonyms-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{\"groups\": [[\"IVF\"");
        try
        {
            var error = Assert.ThrowsAny<Exception>(() => new ArchiveAppFactory(new Dictionary<string, string> { ["Archive:SynonymsFile"] = path }).Dispose());

            Assert.Contains(path, error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
