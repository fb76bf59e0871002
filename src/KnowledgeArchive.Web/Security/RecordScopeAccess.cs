using System.Security.Claims;
using KnowledgeArchive.Core.Security;

namespace KnowledgeArchive.Web.Security;

/// <summary>The record scope of the signed-in caller, from the role claims (<see cref="ClaimTypes.Role"/>).</summary>
public static class RecordScopeAccess
{
    public static RecordScope RecordScope(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return RecordScopes.ForRoles(user.FindAll(ClaimTypes.Role).Select(c => c.Value));
    }

    public static RecordScope RecordScope(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.User.RecordScope();
    }
}
