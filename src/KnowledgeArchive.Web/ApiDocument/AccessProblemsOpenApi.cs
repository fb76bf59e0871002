using KnowledgeArchive.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace KnowledgeArchive.Web.ApiDocument;

/// <summary>
/// The errors of access control, listed on every operation that has them: 401 without a valid key, and 403 where a
/// role beyond reading is needed. An operation open to all is marked as needing no key.
/// </summary>
internal sealed class AccessProblemsOpenApi : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Security = [];
            return Task.CompletedTask;
        }

        operation.Responses ??= [];
        operation.Responses.TryAdd("401", Problem("No API key, or one that is wrong or revoked: send a valid key in the X-Api-Key header."));
        var policies = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).Where(p => p is not null && p != ArchivePolicies.Reading).ToList();
        if (policies.Count > 0)
        {
            var roles = ArchivePolicies.RolesAdmitted.TryGetValue(policies[^1]!, out var admitted) ? admitted : [];
            operation.Responses.TryAdd("403", Problem($"The key's role may not do this: only {string.Join(", ", roles)} keys may."));
        }

        return Task.CompletedTask;
    }

    internal static OpenApiResponse Problem(string description) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference("ProblemDetails") },
        },
    };
}
