namespace KnowledgeArchive.Catalog.Tests.Contract;

public abstract partial class CatalogContract
{
    [Fact]
    public async Task Migrations_FromEmpty_MakeEveryTable_AndARerunChangesNothing()
    {
        var record = Record("kept");
        await Documents.SaveAsync(record, Pages(), null, None);

        var again = Reopen();
        var third = Reopen();

        foreach (var table in new[] { "documents", "pages", "decisions", "citations", "policies", "lineage_edges", "unresolved_citations", "cited_decisions", "ingest_batches", "ingest_files", "organisation_facts", "page_images", "attachments", "quarantine_reviews", "document_changes" })
        {
            Assert.True(await CountAsync(third, table) >= 0);
        }

        Assert.Equal(record, await new SqlDocumentCatalog(again).FindAsync(record.DocumentId, None));
        Assert.Equal(2, (await new SqlDocumentCatalog(third).GetPagesAsync(record.DocumentId, None)).Count);
        Assert.Equal(DocumentStatus.Indexed, (await new SqlDocumentCatalog(third).FindAsync(record.DocumentId, None))!.Status);
    }
}
