using System.Globalization;

namespace KnowledgeArchive.Web.Apis;

/// <summary>Validates <c>page</c> and <c>pageSize</c> query values with messages a person can act on.</summary>
internal static class Paging
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public static bool TryParse(string? page, string? pageSize, out int pageNumber, out int size, out string error)
    {
        error = string.Empty;
        pageNumber = 1;
        size = DefaultPageSize;
        if (!string.IsNullOrWhiteSpace(page) &&
            (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out pageNumber) || pageNumber < 1))
        {
            error = $"'page' must be a whole number from 1, not '{page}'.";
            return false;
        }

        if (!string.IsNullOrWhiteSpace(pageSize) &&
            (!int.TryParse(pageSize, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size < 1 || size > MaxPageSize))
        {
            error = $"'pageSize' must be a whole number from 1 to {MaxPageSize}, not '{pageSize}'.";
            return false;
        }

        return true;
    }
}
