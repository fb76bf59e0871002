using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Core.Storage;
using KnowledgeArchive.Enrichment.Organisations;

namespace KnowledgeArchive.Web.Apis;

/// <summary><c>GET /api/organisations</c>: the gazetteer in use, and organisations the documents name that it lacks (for an administrator to add).</summary>
public static class OrganisationsApi
{
    public static IEndpointRouteBuilder MapOrganisationsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/organisations", GetAsync).WithTags("Organisations")
            .WithName("ListOrganisations").WithSummary("The organisations register in use, and organisations the documents name that it lacks");
        return app;
    }

    private static async Task<Microsoft.AspNetCore.Http.HttpResults.Ok<OrganisationsDto>> GetAsync(
        Gazetteer gazetteer, IDecisionStore store, CancellationToken cancellationToken)
    {
        var unknown = await store.UnknownOrganisationsAsync(cancellationToken);
        return TypedResults.Ok(new OrganisationsDto(
            [.. gazetteer.Organisations.Select(o => new OrganisationDto(o.Id, o.Name, o.Kind, o.Parent, o.Aliases))],
            [.. unknown.Select(u => new UnknownOrganisationDto(u.Name, u.Documents))]));
    }
}
