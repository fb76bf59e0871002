namespace KnowledgeArchive.Extraction.Rtf;

/// <summary>Where the text of an RTF group goes.</summary>
internal enum RtfDestination
{
    /// <summary>The document's own text.</summary>
    Body,

    /// <summary>Not text at all (pictures, embedded data, field codes, tables of fonts and colours): stepped over.</summary>
    Skip,

    /// <summary>The printed number or bullet of a list item (<c>\listtext</c>, <c>\pntext</c>).</summary>
    ListLabel,

    /// <summary>A running header or footer.</summary>
    HeaderOrFooter,

    /// <summary>A text field of the document information (title, author, subject).</summary>
    InfoText,

    /// <summary>A date of the document information (<c>\creatim</c>, <c>\revtim</c>).</summary>
    InfoDate,

    /// <summary>The font table: which code page each font's text is written in.</summary>
    FontTable,

    /// <summary>The stylesheet, whose groups define styles.</summary>
    StyleSheet,

    /// <summary>One style definition: its number and name.</summary>
    StyleEntry,

    /// <summary>
    /// An embedded object or drawn shape: its own data is stepped over, but the text shown for it (<c>\result</c>,
    /// <c>\shptxt</c>) is read where the object stands.
    /// </summary>
    Container,

    /// <summary>The properties of a nested table row: only the row's end is read.</summary>
    NestedRowProperties,
}
