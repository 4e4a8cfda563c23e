using System.Globalization;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReviewGen.Rendering;

/// <summary>
/// A Scriban template parsed once and rendered against a model (the review, or a pull request comment). Model
/// members appear in snake_case (<c>verdict.summary</c>, <c>finding.rule_id</c>); the format's helper functions are
/// globals beside them.
/// </summary>
internal sealed class ReviewTemplate
{
    private readonly Template _template;
    private readonly Func<ScriptObject> _functions;
    private readonly string _path;

    public ReviewTemplate(TemplateDirectory directory, string fileName, Func<ScriptObject> functions)
    {
        // A template saved with CRLF would otherwise put CR into every line it writes.
        var path = directory.Locate(fileName);
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        _template = Template.Parse(text, path);
        if (_template.HasErrors)
            throw new TemplateException(
                $"Template {path} has errors:\n" + string.Join("\n", _template.Messages.Select(m => m.ToString())));
        _functions = functions;
        _path = path;
    }

    public string Render(object model)
    {
        var globals = new ScriptObject();
        globals.Import(model, renamer: StandardMemberRenamer.Default);

        var context = new TemplateContext
        {
            // A misspelt variable must fail the render, not vanish from the review.
            StrictVariables = true,
            MemberRenamer = StandardMemberRenamer.Default,
            NewLine = "\n",
            // The default cap of 1,000 iterations counts nested loops together; excerpt lines times their tokens
            // pass it on an ordinary solution, and the model is finite anyway.
            LoopLimit = 0,
        };
        context.PushCulture(CultureInfo.InvariantCulture);
        // Helpers are built per render because a template may assign globals and must not leak them into the next.
        context.PushGlobal(_functions());
        context.PushGlobal(globals);
        // Model strings hold source text, which may carry CR; the review's files are LF throughout.
        try
        {
            return _template.Render(context).ReplaceLineEndings("\n");
        }
        catch (ScriptRuntimeException e)
        {
            // A template from --templates that names a field the model lacks is the user's input, not a crash.
            throw new TemplateException($"Template {_path} failed: {e.Message}");
        }
    }
}
