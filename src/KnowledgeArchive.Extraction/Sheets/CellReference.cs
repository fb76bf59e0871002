namespace KnowledgeArchive.Extraction.Sheets;

/// <summary>Reads an A1-style cell reference ("AB12") into a row and column counted from 0.</summary>
internal static class CellReference
{
    private const long MaxIndex = 1L << 40;

    public static bool TryParse(string? reference, out long row, out long column)
    {
        row = 0;
        column = 0;
        if (string.IsNullOrEmpty(reference))
        {
            return false;
        }

        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]) && column < MaxIndex; i++)
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        }

        for (; i < reference.Length && char.IsAsciiDigit(reference[i]) && row < MaxIndex; i++)
        {
            row = (row * 10) + (reference[i] - '0');
        }

        if (i != reference.Length || column == 0 || row == 0)
        {
            return false;
        }

        row--;
        column--;
        return true;
    }

    /// <summary>A row number as written in a sheet (from 1), counted from 0; null when it is not a number.</summary>
    public static long? Row(string? number) =>
        long.TryParse(number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 ? Math.Min(n, MaxIndex) - 1 : null;
}
