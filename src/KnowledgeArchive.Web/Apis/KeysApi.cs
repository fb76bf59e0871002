using KnowledgeArchive.Client.Contracts;
using KnowledgeArchive.Core.Security;
using KnowledgeArchive.Web.Audit;
using KnowledgeArchive.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KnowledgeArchive.Web.Apis;

/// <summary>API keys (admins only): make one (its secret shown once), list them (never the secrets), revoke one.</summary>
public static class KeysApi
{
    public const int MaxNameLength = 100;

    public static IEndpointRouteBuilder MapKeysApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/keys").WithTags("Keys").RequireAuthorization(ArchivePolicies.Admin);
        api.MapPost("/", CreateAsync)
            .WithName("CreateKey").WithSummary("Make an API key with a role; the key is in this reply only")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/", ListAsync)
            .WithName("ListKeys").WithSummary("List the API keys (never the keys themselves)");
        api.MapDelete("/{keyId}", RevokeAsync)
            .WithName("RevokeKey").WithSummary("Revoke an API key at once")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>Why a key cannot be made with this name and role, or null when it can.</summary>
    public static string? Validate(string? name, string? role)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "Give the key a 'name' saying who or what it is for, e.g. \"North Marsh transition team\".";
        }

        if (name.Trim().Length > MaxNameLength)
        {
            return $"A key's name may be at most {MaxNameLength} characters long.";
        }

        return Roles.IsKnown(role) ? null : $"'role' must be one of {string.Join(", ", Roles.All)}, not '{role}'.";
    }

    private static async Task<Results<Created<CreatedApiKeyDto>, ProblemHttpResult>> CreateAsync(
        CreateApiKeyRequestDto? request, IApiKeyStore keys, AuditTrail audit, HttpContext http, CancellationToken cancellationToken)
    {
        if (Validate(request?.Name, request?.Role) is { } error)
        {
            return TypedResults.Problem(error, statusCode: StatusCodes.Status400BadRequest, title: "Key not made");
        }

        var created = await keys.CreateAsync(request!.Name!.Trim(), request.Role!, cancellationToken);
        await audit.RecordAsync(http.User, AuditActions.KeyCreate, created.Key.KeyId, $"{created.Key.Role}: {created.Key.Name}", cancellationToken);
        return TypedResults.Created($"/api/keys/{created.Key.KeyId}", new CreatedApiKeyDto(created.Key.KeyId, created.Secret, created.Key.Role, created.Key.Name));
    }

    private static async Task<Ok<ApiKeyListDto>> ListAsync(IApiKeyStore keys, CancellationToken cancellationToken) =>
        TypedResults.Ok(new ApiKeyListDto([.. (await keys.ListAsync(cancellationToken)).Select(ToDto)]));

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(
        string keyId, IApiKeyStore keys, AuditTrail audit, HttpContext http, CancellationToken cancellationToken)
    {
        if (!await keys.RevokeAsync(keyId, cancellationToken))
        {
            return TypedResults.Problem($"No API key with id '{keyId}'.", statusCode: StatusCodes.Status404NotFound, title: "Key not found");
        }

        await audit.RecordAsync(http.User, AuditActions.KeyRevoke, keyId, null, cancellationToken);
        return TypedResults.NoContent();
    }

    public static ApiKeyDto ToDto(ApiKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new ApiKeyDto(key.KeyId, key.Name, key.Role, key.CreatedAt, key.RevokedAt, key.Active);
    }
}
