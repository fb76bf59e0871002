namespace KnowledgeArchive.Generator.Writers;

/// <summary>How a generated .docx records where its pages begin.</summary>
public enum DocxPageBreaks
{
    /// <summary>An explicit page break (<c>w:br w:type="page"</c>), followed by the <c>w:lastRenderedPageBreak</c> Word writes after it.</summary>
    Explicit,

    /// <summary>Only <c>w:lastRenderedPageBreak</c> marks, as Word leaves when text flows onto the next page.</summary>
    RenderedOnly,

    /// <summary>No page information at all: the whole body reads as page 1.</summary>
    None,
}
