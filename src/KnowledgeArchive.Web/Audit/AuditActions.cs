namespace KnowledgeArchive.Web.Audit;

/// <summary>The actions the audit log records, by name.</summary>
public static class AuditActions
{
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in.failed";
    public const string SignOut = "sign-out";
    public const string DocumentView = "document.view";
    public const string DocumentDownload = "document.download";
    public const string PageView = "page.view";
    public const string Search = "search";
    public const string DecisionSearch = "decision.search";
    public const string LineageQuestion = "lineage.question";
    public const string Export = "lineage.export";
    public const string DecisionView = "decision.view";
    public const string LineageView = "lineage.view";
    public const string GapsExport = "lineage.gaps.export";
    public const string BatchReportExport = "ingest.batch.report";
    public const string InboxDrop = Ingestion.InboxWatcher.DropAction;
    public const string Upload = "document.upload";
    public const string DocumentRetry = "document.retry";
    public const string DocumentPassword = "document.password";
    public const string DocumentOcr = "document.ocr";
    public const string DocumentSensitivity = "document.sensitivity";
    public const string DocumentReview = "document.review";
    public const string BatchStart = "ingest.batch.start";
    public const string BatchRerun = "ingest.batch.rerun";
    public const string KeyCreate = "key.create";
    public const string KeyRevoke = "key.revoke";
    public const string FixityRun = "fixity.run";

    /// <summary>The actor of an entry made by the inbox watcher: a file someone put in the watched folder.</summary>
    public const string Inbox = Ingestion.InboxWatcher.SourceName;

    /// <summary>The actor of an entry made without a key (a failed sign-in).</summary>
    public const string Anonymous = "anonymous";
}
