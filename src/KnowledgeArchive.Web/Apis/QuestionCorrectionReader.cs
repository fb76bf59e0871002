using System.Globalization;
using KnowledgeArchive.Lineage.Questions;

namespace KnowledgeArchive.Web.Apis;

/// <summary>Reads the parts of a lineage question a user corrected (intent, organisation, body, year, subject) from query text, with a message for each that cannot be read.</summary>
public static class QuestionCorrectionReader
{
    public static (QuestionCorrection? Correction, string? Error) Read(string? intent, string? organisation, string? body, string? year, string? subject)
    {
        LineageIntent? kind = null;
        if (!string.IsNullOrWhiteSpace(intent))
        {
            if (!Enum.TryParse<LineageIntent>(intent.Trim(), ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(intent, CultureInfo.InvariantCulture, out _))
            {
                return (null, $"'intent' must be one of {string.Join(", ", Enum.GetNames<LineageIntent>().Select(n => n.ToLowerInvariant()))}, not '{intent}'.");
            }

            kind = parsed;
        }

        int? when = null;
        if (!string.IsNullOrWhiteSpace(year))
        {
            if (!int.TryParse(year.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < 1990 or > 2100)
            {
                return (null, $"'year' must be a year such as 2016, not '{year}'.");
            }

            when = y;
        }

        return (new QuestionCorrection { Intent = kind, Organisation = organisation, Body = body, Year = when, Subject = subject }, null);
    }
}
