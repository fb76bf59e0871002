namespace KnowledgeArchive.Language.Dates;

/// <summary>How much of a date was printed.</summary>
public enum DatePrecision
{
    /// <summary>"14 March 2019".</summary>
    Day,

    /// <summary>"March 2019": the date is read as the month's first day, and shown as the month.</summary>
    Month,
}
