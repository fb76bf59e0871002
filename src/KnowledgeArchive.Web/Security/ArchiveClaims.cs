using System.Security.Claims;
using KnowledgeArchive.Core.Security;

namespace KnowledgeArchive.Web.Security;

/// <summary>The caller as the archive knows it: the key's name (<see cref="ClaimTypes.Name"/>), id and role (<see cref="ClaimTypes.Role"/>).</summary>
public static class ArchiveClaims
{
    public const string KeyId = "ka:key_id";

    public static ClaimsPrincipal PrincipalFor(ApiKey key, string authenticationType)
    {
        ArgumentNullException.ThrowIfNull(key);
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, key.Name), new Claim(KeyId, key.KeyId), new Claim(ClaimTypes.Role, key.Role)],
            authenticationType,
            ClaimTypes.Name,
            ClaimTypes.Role);
        return new ClaimsPrincipal(identity);
    }

    public static string? KeyIdOf(this ClaimsPrincipal user) => user?.FindFirst(KeyId)?.Value;

    public static string? RoleOf(this ClaimsPrincipal user) => user?.FindFirst(ClaimTypes.Role)?.Value;
}
