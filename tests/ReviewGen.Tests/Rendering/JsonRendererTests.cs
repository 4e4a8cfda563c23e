using System.Text.Json;
using ReviewGen.Rendering;
using ReviewGen.Review;

namespace ReviewGen.Tests.Rendering;

public sealed class JsonRendererTests
{
    private readonly string _json = Renderers.Render("json");

    [Fact]
    public void Starts_with_the_schema_version()
    {
        Assert.StartsWith("{\n  \"schemaVersion\": \"1.3\",\n", _json);
    }

    [Fact]
    public void Uses_camel_case_names()
    {
        var finding = JsonDocument.Parse(_json).RootElement.GetProperty("findings")[0];

        Assert.Equal("RG0001", finding.GetProperty("ruleId").GetString());
        Assert.Equal(18, finding.GetProperty("location").GetProperty("startLine").GetInt32());
    }

    [Fact]
    public void Round_trips_to_the_same_model()
    {
        var model = JsonSerializer.Deserialize<ReviewModel>(_json, JsonRenderer.Options);

        Assert.NotNull(model);
        Assert.Equal(ReviewModel.CurrentSchemaVersion, model.SchemaVersion);
        Assert.Equal(_json, new JsonRenderer().Render(model));
    }

    [Fact]
    public void Keeps_source_text_readable_but_html_safe()
    {
        Assert.Contains("\\u003C/pre\\u003E\\u003Cscript\\u003E", _json);
        Assert.Contains("a|b @someone", _json);
    }
}
