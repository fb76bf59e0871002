namespace KnowledgeArchive.Cli;

/// <summary>Exit codes scripts can rely on.</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>The request was understood but the outcome is a failure (not found, file quarantined).</summary>
    public const int Failed = 1;

    /// <summary>The command line or the request was invalid (bad query, missing file).</summary>
    public const int InvalidInput = 2;

    /// <summary>The service could not be reached or answered with a server error.</summary>
    public const int ServiceUnavailable = 3;

    /// <summary>The service refused the call: no API key, a key it does not accept, or a role that may not do this.</summary>
    public const int NotAllowed = 4;
}
