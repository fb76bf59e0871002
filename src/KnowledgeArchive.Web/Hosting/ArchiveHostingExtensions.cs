using KnowledgeArchive.Catalog;
using KnowledgeArchive.Catalog.Security;
using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Core.Configuration;
using KnowledgeArchive.Enrichment;
using KnowledgeArchive.Extraction;
using KnowledgeArchive.Indexing;
using KnowledgeArchive.Ingestion;
using KnowledgeArchive.Language;
using KnowledgeArchive.Lineage;
using KnowledgeArchive.Web.ApiDocument;
using KnowledgeArchive.Web.Apis;
using KnowledgeArchive.Web.Audit;
using KnowledgeArchive.Web.Demo;
using KnowledgeArchive.Web.Security;
using KnowledgeArchive.Worker.Hosting;
using Microsoft.Extensions.Options;

namespace KnowledgeArchive.Web.Hosting;

/// <summary>
/// Composes the archive: stores, extraction, index, ingest worker, API and UI; on a search node
/// (<c>Archive:Role=Search</c>) the reads, search and an index following the shared catalog, without intake.
/// </summary>
public static class ArchiveHostingExtensions
{
    public static WebApplicationBuilder AddKnowledgeArchive(this WebApplicationBuilder builder, string[] args)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ConfigFile.Add(builder, args);
        ArchiveLogging.Configure(builder);
        ArchiveTelemetry.Configure(builder);
        var services = builder.Services;

        services.AddOptions<ArchiveOptions>().BindConfiguration(ArchiveOptions.SectionName);
        services.AddOptions<DemoOptions>().BindConfiguration(ArchiveOptions.SectionName);

        // The demo's archive is of fictional organisations: the demo reads them beside the register.
        services.AddOptions<ArchiveOptions>().PostConfigure<IOptions<DemoOptions>>((options, demo) =>
        {
            var demoOrganisations = Path.Combine(AppContext.BaseDirectory, DemoOptions.OrganisationsFile);
            if (demo.Value.Demo && !options.OrganisationOverlays.Contains(demoOrganisations))
            {
                options.OrganisationOverlays.Add(demoOrganisations);
            }
        });
        services.AddSingleton(sp =>
        {
            var paths = new ArchivePaths(sp.GetRequiredService<IOptions<ArchiveOptions>>().Value);
            paths.EnsureCreated();
            return paths;
        });

        services.AddCatalog();
        services.AddSecurityStores();
        services.AddArchiveAccessControl();
        services.AddSingleton<AuditTrail>();
        services.AddExtraction();
        services.AddEnrichment();
        services.AddIndexing();
        services.AddSingleton(sp => sp.GetRequiredService<Wording>().Phrasebook.SearchQuestions);
        var node = NodeSettings.Read(builder.Configuration);
        services.AddIngestion(takeDocumentsIn: !node.SearchOnly);
        if (node.ReadsOnWorkers)
        {
            services.AddReadingOnWorkers();
        }

        if (node.FollowsFeed)
        {
            services.AddFeedFollowing();
        }

        services.AddLineage(recompute: !node.SearchOnly);
        if (!node.SearchOnly)
        {
            services.AddHostedService<DemoSeeder>();
        }

        services.AddSingleton<Exports.LineageExporter>();
        services.AddSingleton<InForce.PolicyInForce>();
        services.AddSingleton<Gaps.LineageGaps>();
        services.AddSingleton<Search.DecisionHitFinder>();
        services.AddSingleton<Quarantine.QuarantineActions>();
        services.AddSingleton<Rendering.PageRenders>();

        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, ArchiveJsonContext.Default));
        services.AddProblemDetails();
        services.AddArchiveOpenApi();
        services.AddRazorPages(o =>
        {
            o.Conventions.AllowAnonymousToPage("/SignIn");
            o.Conventions.AllowAnonymousToPage("/Error");
            o.Conventions.AllowAnonymousToPage("/StatusCode");
            o.Conventions.AuthorizeFolder("/Ingest", ArchivePolicies.Ingesting);
            o.Conventions.AuthorizeFolder("/Audit", ArchivePolicies.Auditing);
            o.Conventions.AuthorizeFolder("/Keys", ArchivePolicies.Admin);
        }).AddMvcOptions(o => o.Filters.Add<PageAuditFilter>());
        services.AddSessionKeys();
        services.AddAntiforgery();
        UploadLimits.Configure(builder);
        CommandLineSwitches.ApplyDefaultUrl(builder);
        return builder;
    }

    public static WebApplication UseKnowledgeArchive(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseRequestLogging();

        // The API answers errors with problem details; the UI with its own pages.
        app.UseSecurityHeaders();
        app.UseWhen(RequestKinds.IsApi, api => api.UseExceptionHandler().UseStatusCodePages());
        app.UseWhen(context => !RequestKinds.IsApi(context), ui => ui.UseExceptionHandler("/error").UseStatusCodePagesWithReExecute("/status/{0}"));
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseIngestOnIngestNode();

        app.MapArchiveOpenApi();
        app.MapHealthApi();
        app.MapDocumentsApi();
        app.MapPageRenderingApi();
        app.MapQuarantineApi();
        app.MapSimilarDocumentsApi();
        app.MapSearchApi();
        app.MapDecisionsApi();
        app.MapLineageApi();
        app.MapInForceApi();
        app.MapOrganisationsApi();
        app.MapIngestApi();
        app.MapKeysApi();
        app.MapAuditApi();
        app.MapFixityApi();
        app.MapRazorPages();
        return app;
    }
}
