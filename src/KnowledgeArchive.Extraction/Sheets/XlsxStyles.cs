using DocumentFormat.OpenXml.Spreadsheet;

namespace KnowledgeArchive.Extraction.Sheets;

/// <summary>The number format each cell style of a workbook shows its numbers with (<c>cellXfs</c> and <c>numFmts</c>).</summary>
internal sealed class XlsxStyles
{
    private readonly List<uint> formatIds = [];
    private readonly Dictionary<uint, string> formatCodes = [];

    public XlsxStyles(Stylesheet? stylesheet)
    {
        foreach (var format in stylesheet?.NumberingFormats?.Elements<NumberingFormat>() ?? [])
        {
            if (format.NumberFormatId?.Value is { } id && format.FormatCode?.Value is { } code)
            {
                formatCodes[id] = code;
            }
        }

        foreach (var format in stylesheet?.CellFormats?.Elements<CellFormat>() ?? [])
        {
            formatIds.Add(format.NumberFormatId?.Value ?? 0);
        }
    }

    /// <summary>The format code of a cell's style; null for General.</summary>
    public string? FormatCode(uint? styleIndex)
    {
        var id = styleIndex is { } s && s < formatIds.Count ? formatIds[(int)s] : 0;
        return CellDisplay.FormatCode(id > int.MaxValue ? -1 : (int)id, formatCodes.GetValueOrDefault(id));
    }
}
