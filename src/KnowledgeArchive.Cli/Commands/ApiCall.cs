using System.Net;
using System.Text.Json;
using KnowledgeArchive.Client.Contracts;
using Refit;

namespace KnowledgeArchive.Cli.Commands;

/// <summary>Runs one API call and turns failures into a message on stderr and an exit code.</summary>
internal static class ApiCall
{
    public static async Task<int> RunAsync(CommandContext context, Func<Task<int>> call)
    {
        try
        {
            return await call();
        }
        catch (ApiException ex) when (ex.StatusCode is HttpStatusCode.Unauthorized)
        {
            var sent = ex.RequestMessage?.Headers.Contains(Client.ApiKeyHeader.Name) == true;
            await context.Error.WriteLineAsync(sent
                ? $"error: the service did not accept the API key (wrong or revoked): pass another with --api-key or set {CliEnvironment.ApiKeyVariable}."
                : $"error: the service needs an API key: pass --api-key or set {CliEnvironment.ApiKeyVariable}.");
            return ExitCodes.NotAllowed;
        }
        catch (ApiException ex) when (ex.StatusCode is HttpStatusCode.Forbidden)
        {
            await context.Error.WriteLineAsync($"error: {Describe(ex)}");
            return ExitCodes.NotAllowed;
        }
        catch (ApiException ex)
        {
            await context.Error.WriteLineAsync($"error: {Describe(ex)}");
            return ex.StatusCode switch
            {
                HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge => ExitCodes.InvalidInput,
                >= HttpStatusCode.InternalServerError => ExitCodes.ServiceUnavailable,
                _ => ExitCodes.Failed,
            };
        }
        catch (ApiRequestException ex) when (ex.InnerException is HttpRequestException inner)
        {
            return await UnreachableAsync(context, inner);
        }
        catch (HttpRequestException ex)
        {
            return await UnreachableAsync(context, ex);
        }
        catch (ApiRequestException ex) when (ex.InnerException is TaskCanceledException)
        {
            await context.Error.WriteLineAsync("error: the service did not answer in time.");
            return ExitCodes.ServiceUnavailable;
        }
        catch (TaskCanceledException)
        {
            await context.Error.WriteLineAsync("error: the service did not answer in time.");
            return ExitCodes.ServiceUnavailable;
        }
    }

    private static async Task<int> UnreachableAsync(CommandContext context, HttpRequestException ex)
    {
        await context.Error.WriteLineAsync($"error: cannot reach the service ({ex.Message}). Is it running? Set --server or ${CliEnvironment.ServerVariable}.");
        return ExitCodes.ServiceUnavailable;
    }

    private static string Describe(ApiException ex)
    {
        if (!string.IsNullOrWhiteSpace(ex.Content))
        {
            try
            {
                var problem = JsonSerializer.Deserialize(ex.Content, ArchiveJsonContext.Default.ProblemDto);
                if (problem?.Detail is { Length: > 0 } detail)
                {
                    return detail;
                }
            }
            catch (JsonException)
            {
                // Not a problem document: fall back to the status line.
            }
        }

        return $"{(int)ex.StatusCode} {ex.ReasonPhrase}";
    }
}
