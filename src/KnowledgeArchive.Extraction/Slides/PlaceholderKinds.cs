using P = DocumentFormat.OpenXml.Presentation;

namespace KnowledgeArchive.Extraction.Slides;

/// <summary>What a slide's placeholder holds, as far as reading it goes.</summary>
internal enum PlaceholderKind
{
    /// <summary>Not a placeholder, or one whose text is read as it stands (a subtitle, a picture's caption).</summary>
    Other,

    /// <summary>The slide's title (<c>title</c>, <c>ctrTitle</c>).</summary>
    Title,

    /// <summary>A body or content placeholder, whose paragraphs the layout sets as bulleted points.</summary>
    Body,

    /// <summary>A footer, date, header or slide number, repeated from slide to slide.</summary>
    Running,

    /// <summary>The picture of the slide on its notes page.</summary>
    SlideImage,
}

/// <summary>Sorts PowerPoint placeholders (<c>p:ph</c>) into the kinds the slide reader treats differently.</summary>
internal static class PlaceholderKinds
{
    public static PlaceholderKind Of(P.PlaceholderShape? placeholder)
    {
        if (placeholder is null)
        {
            return PlaceholderKind.Other;
        }

        // A placeholder without a type is a content ("obj") placeholder.
        var type = placeholder.Type is { HasValue: true } t ? t.Value : P.PlaceholderValues.Object;
        return type == P.PlaceholderValues.Title || type == P.PlaceholderValues.CenteredTitle ? PlaceholderKind.Title
            : type == P.PlaceholderValues.Body || type == P.PlaceholderValues.Object ? PlaceholderKind.Body
            : type == P.PlaceholderValues.Footer || type == P.PlaceholderValues.DateAndTime ? PlaceholderKind.Running
            : type == P.PlaceholderValues.SlideNumber || type == P.PlaceholderValues.Header ? PlaceholderKind.Running
            : type == P.PlaceholderValues.SlideImage ? PlaceholderKind.SlideImage
            : PlaceholderKind.Other;
    }
}
