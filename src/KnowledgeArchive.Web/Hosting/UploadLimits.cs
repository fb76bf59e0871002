using KnowledgeArchive.Core.Configuration;
using Microsoft.AspNetCore.Http.Features;

namespace KnowledgeArchive.Web.Hosting;

/// <summary>Lets uploads as large as the archive accepts through Kestrel and the form reader, and no larger.</summary>
internal static class UploadLimits
{
    // Multipart framing and the other form fields need a little room beyond the file itself.
    private const long FormOverheadBytes = 1024 * 1024;

    public static void Configure(WebApplicationBuilder builder)
    {
        var maxFileBytes = builder.Configuration.GetSection(ArchiveOptions.SectionName).Get<ArchiveOptions>()?.MaxFileBytes
            ?? new ArchiveOptions().MaxFileBytes;
        var limit = maxFileBytes + FormOverheadBytes;
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = limit);
        builder.Services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = limit);
    }
}
