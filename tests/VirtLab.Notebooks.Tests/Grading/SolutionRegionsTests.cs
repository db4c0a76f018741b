using VirtLab.Notebooks.Grading;

namespace VirtLab.Notebooks.Tests.Grading;

public sealed class SolutionRegionsTests
{
    [Fact]
    public void Region_in_a_method_body_becomes_the_stub_with_its_indentation()
    {
        var student = SolutionRegions.ToStudentVersion(TinyAssignment.DoubleAnswer, "cell 1");
        Assert.Equal("int Double(int x)\n{\n    // YOUR CODE HERE\n    throw new NotImplementedException();\n}", student);
    }

    [Fact]
    public void Region_in_a_lambda_block_and_a_local_function_is_accepted()
    {
        var source = "Func<int, int> f = x =>\n{\n    // BEGIN SOLUTION\n    return x;\n    // END SOLUTION\n};\nvoid G()\n{\n    // BEGIN SOLUTION\n    Console.WriteLine();\n    // END SOLUTION\n}";
        var student = SolutionRegions.ToStudentVersion(source, "cell 1");
        Assert.Equal(2, student.Split(SolutionRegions.Stub).Length - 1);
    }

    [Theory]
    [InlineData("// BEGIN SOLUTION\nvar x = 1;\n// END SOLUTION", "inside the body")]
    [InlineData("int F() =>\n    // BEGIN SOLUTION\n    1;\n    // END SOLUTION", "inside the body")]
    [InlineData("int F()\n{\n    // BEGIN SOLUTION\n    return 1;\n}\n// END SOLUTION", "same { … } block")]
    [InlineData("int F()\n{\n    // BEGIN SOLUTION\n    return 1;\n}", "never closed")]
    [InlineData("int F()\n{\n    return 1;\n    // END SOLUTION\n}", "without a")]
    [InlineData("int F()\n{\n    return 1;\n}", "at least one")]
    public void Regions_that_cannot_hold_the_stub_are_refused_with_the_rule(string source, string rule)
    {
        var error = Assert.Throws<AssignmentFormatException>(() => SolutionRegions.ToStudentVersion(source, "cell 3 (q1)"));
        Assert.Contains("cell 3 (q1)", error.Message, StringComparison.Ordinal);
        Assert.Contains(rule, error.Message, StringComparison.Ordinal);
    }
}
