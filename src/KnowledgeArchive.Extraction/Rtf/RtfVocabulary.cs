namespace KnowledgeArchive.Extraction.Rtf;

/// <summary>
/// The RTF control words that start destinations, and the characters that control words and symbols stand for.
/// </summary>
internal static class RtfVocabulary
{
    /// <summary>Destinations whose content is not the document's text: stepped over whole.</summary>
    public static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "colortbl", "listtable", "listoverridetable", "revtbl", "rsidtbl", "generator", "xmlnsdecls", "themedata",
        "colorschememapping", "datastore", "latentstyles", "pict", "objdata", "objclass", "objname", "objalias",
        "objsect", "objitem", "objtopic", "fldinst", "footnote", "annotation", "atnid", "atnauthor", "atntime",
        "atnicn", "atnref", "atndate", "atnparent", "bkmkstart", "bkmkend", "private", "xe", "tc", "txe", "rxe",
        "pgdsctbl", "filetbl", "mmathPr", "userprops", "docvar", "wgrffmtfilter", "passwordhash", "blipuid",
        "listpicture", "pn", "pntxta", "pntxtb", "nonshppict", "shprslt", "sp", "sn", "sv", "background", "ftnsep",
        "ftnsepc", "ftncn", "aftnsep", "aftnsepc", "aftncn", "template", "printim", "buptim", "keywords", "comment",
        "doccomm", "company", "manager", "category", "hlinkbase", "fchars", "lchars", "protusertbl", "do",
        "falt", "panose", "fname", "ffdeftext", "ffformat", "ffhelptext", "ffstattext", "ffentrymcr", "ffexitmcr",
        "formfield", "datafield", "mhtmltag", "htmltag", "oldcprops", "oldpprops", "oldsprops", "oldtprops",
    };

    /// <summary>Running headers and footers: all pages, left, right and first.</summary>
    public static readonly HashSet<string> HeadersAndFooters = new(StringComparer.Ordinal)
    {
        "header", "headerl", "headerr", "headerf", "footer", "footerl", "footerr", "footerf",
    };

    /// <summary>The document information fields read as text.</summary>
    public static readonly HashSet<string> InfoTexts = new(StringComparer.Ordinal) { "title", "subject", "author", "operator" };

    /// <summary>The document information dates read.</summary>
    public static readonly HashSet<string> InfoDates = new(StringComparer.Ordinal) { "creatim", "revtim" };

    /// <summary>The parts of an information date.</summary>
    public static readonly HashSet<string> DateParts = new(StringComparer.Ordinal) { "yr", "mo", "dy", "hr", "min", "sec" };

    /// <summary>Control words that print a character: quotes, dashes, bullets and spaces.</summary>
    public static readonly Dictionary<string, string> Characters = new(StringComparer.Ordinal)
    {
        ["emdash"] = "\u2014", ["endash"] = "\u2013", ["lquote"] = "\u2018", ["rquote"] = "\u2019",
        ["ldblquote"] = "\u201C", ["rdblquote"] = "\u201D", ["bullet"] = "\u2022",
        ["tab"] = " ", ["line"] = " ", ["emspace"] = " ", ["enspace"] = " ", ["qmspace"] = " ",
    };

    /// <summary>Control symbols that print a character (the rest, like the optional hyphen, print nothing).</summary>
    public static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["\\"] = "\\", ["{"] = "{", ["}"] = "}", ["~"] = " ", ["_"] = "-", ["\t"] = " ",
    };
}
