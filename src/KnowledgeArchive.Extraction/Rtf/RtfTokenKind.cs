namespace KnowledgeArchive.Extraction.Rtf;

/// <summary>What one piece of an RTF file is.</summary>
internal enum RtfTokenKind
{
    /// <summary>The end of the file.</summary>
    End,

    /// <summary>An opening brace: a group starts.</summary>
    GroupStart,

    /// <summary>A closing brace: the group ends.</summary>
    GroupEnd,

    /// <summary>A backslash and letters, with an optional number: <c>\par</c>, <c>\fs24</c>, <c>\u8364</c>.</summary>
    ControlWord,

    /// <summary>A backslash and one other character: <c>\~</c>, <c>\*</c>, <c>\{</c>.</summary>
    ControlSymbol,

    /// <summary>A byte given in hexadecimal (<c>\'a3</c>), a character in the current code page.</summary>
    HexByte,

    /// <summary>A run of plain bytes, characters in the current code page.</summary>
    Text,
}
