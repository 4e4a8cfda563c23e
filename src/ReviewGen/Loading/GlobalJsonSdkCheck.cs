using System.Text.Json;

namespace ReviewGen.Loading;

/// <summary>
/// Fails early, with a message naming the pin, when the input's global.json pins an SDK that is not installed: otherwise
/// restore and every design-time build fail later, one project at a time, with messages that do not say why.
/// </summary>
internal static class GlobalJsonSdkCheck
{
    private const string DefaultPolicy = "latestPatch";

    private static readonly JsonDocumentOptions JsonOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <exception cref="NothingLoadedException">No installed SDK satisfies the pin.</exception>
    /// <exception cref="InvalidInputException">The global.json cannot be read as the SDK resolver reads it.</exception>
    public static void Ensure(string inputDirectory) => Ensure(inputDirectory, InstalledSdks.List());

    internal static void Ensure(string inputDirectory, IReadOnlyList<SdkVersion> installed)
    {
        var globalJson = Find(inputDirectory);
        if (globalJson is null)
        {
            return;
        }

        var pin = ReadPin(globalJson);
        if (pin is null)
        {
            return;
        }

        var (requested, policyText, allowPrerelease) = pin.Value;
        var policy = ParsePolicy(globalJson, policyText);
        if (SdkRollForward.Select(requested, policy, allowPrerelease, installed) is null)
        {
            var installedText = installed.Count == 0 ? "none" : string.Join(", ", installed);
            throw new NothingLoadedException(
                $"global.json at {globalJson} pins .NET SDK {requested} (rollForward: {policyText}); installed: {installedText}");
        }
    }

    private static string? Find(string directory)
    {
        for (var current = new DirectoryInfo(directory); current is not null; current = current.Parent)
        {
            var candidate = Path.Combine(current.FullName, "global.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static (SdkVersion Requested, string Policy, bool AllowPrerelease)? ReadPin(string globalJson)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(globalJson), JsonOptions);
        }
        catch (JsonException e)
        {
            throw new InvalidInputException($"global.json at {globalJson} is not valid JSON: {e.Message}");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("sdk", out var sdk)
                || sdk.ValueKind != JsonValueKind.Object
                || !sdk.TryGetProperty("version", out var versionElement)
                || versionElement.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            var versionText = versionElement.GetString()!;
            if (!SdkVersion.TryParse(versionText, out var requested))
            {
                throw new InvalidInputException($"global.json at {globalJson} pins an SDK version that is not valid: \"{versionText}\"");
            }

            var policy = sdk.TryGetProperty("rollForward", out var policyElement) && policyElement.ValueKind == JsonValueKind.String
                ? policyElement.GetString()!
                : DefaultPolicy;
            // Outside Visual Studio the resolver's default is to accept prereleases.
            var allowPrerelease = !sdk.TryGetProperty("allowPrerelease", out var prereleaseElement)
                || prereleaseElement.ValueKind != JsonValueKind.False;
            return (requested, policy, allowPrerelease);
        }
    }

    private static SdkRollForwardPolicy ParsePolicy(string globalJson, string policyText)
    {
        if (Enum.TryParse<SdkRollForwardPolicy>(policyText, ignoreCase: true, out var policy)
            && !int.TryParse(policyText, out _))
        {
            return policy;
        }

        var valid = string.Join(", ", Enum.GetNames<SdkRollForwardPolicy>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]));
        throw new InvalidInputException($"global.json at {globalJson} has an unknown rollForward \"{policyText}\"; valid: {valid}");
    }
}
