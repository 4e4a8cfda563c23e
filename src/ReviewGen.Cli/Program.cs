using System.CommandLine;
using System.Runtime.CompilerServices;
using ReviewGen.Changes;
using ReviewGen.Cli;
using ReviewGen.Discovery;
using ReviewGen.Loading;
using ReviewGen.Publishing.GitHub;
using ReviewGen.Publishing.Pdf;
using ReviewGen.Rendering;
using ReviewGen.Review.Baselines;
using ReviewGen.Settings;

// MSBuild must be located before any method that touches MSBuild or workspace types is compiled, so registration
// happens here and everything else lives in methods called after it.
MSBuildRegistration.EnsureRegistered();
return await CommandLine.RunAsync(args);

namespace ReviewGen.Cli
{
    internal static class CommandLine
    {
        [MethodImpl(MethodImplOptions.NoInlining)]
        public static async Task<int> RunAsync(string[] args)
        {
            var root = new RootCommand("ReviewGen writes the security review of a .NET solution's TLS code.")
            {
                AnalyzeCommand.Create(), PrCommand.Create(), PostCommand.Create(), BaselineCommand.Create(), RulesCommand.Create(), InitCommand.Create(), AuditCommand.Create(),
            };
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                Console.Error.WriteLine($"reviewgen: {parse.Errors[0].Message.ReplaceLineEndings(" ")}");
                return ExitCodes.BadInput;
            }
            using var signal = new TerminationSignal();
            try
            {
                var configuration = new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
                return await parse.InvokeAsync(configuration, signal.Token);
            }
            catch (OperationCanceledException)
            {
                Console.Error.WriteLine("reviewgen: cancelled");
                return ExitCodes.Cancelled;
            }
            catch (Exception e) when (e is UsageException or InvalidInputException or CatalogException or TemplateException or BaselineException
                or GitException or SettingsException)
            {
                return Fail(ExitCodes.BadInput, e.Message);
            }
            catch (Exception e) when (e is PublishingException or BrowserException)
            {
                return Fail(ExitCodes.ExternalServiceFailed, e.Message);
            }
            catch (NothingLoadedException e)
            {
                return Fail(ExitCodes.NothingLoaded, e.Message);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return Fail(ExitCodes.BadInput, e.Message);
            }
            catch (Exception e)
            {
                return Fail(ExitCodes.InternalError, $"internal error ({e.GetType().Name}): {e.Message}");
            }
        }

        private static int Fail(int code, string message)
        {
            Console.Error.WriteLine($"reviewgen: {message.ReplaceLineEndings(" ")}");
            return code;
        }
    }
}
