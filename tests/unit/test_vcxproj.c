/* Visual Studio projects as input: configurations, MSBuild's %(...)
 * accumulation, paths, dropped WDK properties, exclusions, errors. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "project/vcxproj.h"

static char dir[64];
static char proj[128];

static void write_proj(const char *xml)
{
	strcpy(dir, "/tmp/ddicheck-vcx-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(dir));
	snprintf(proj, sizeof(proj), "%s/drv.vcxproj", dir);
	FILE *f = fopen(proj, "w");
	ck_assert_ptr_nonnull(f);
	fputs(xml, f);
	fclose(f);
}

static void cleanup_dir(void)
{
	char cmd[128];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	ck_assert_int_eq(system(cmd), 0);
}

static bool has_arg(const fe_input *in, const char *a)
{
	for (size_t i = 0; i < in->nargs; i++)
		if (strcmp(in->args[i], a) == 0)
			return true;
	return false;
}

static const char project[] =
	"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
	"<Project DefaultTargets=\"Build\" xmlns=\"http://schemas.microsoft.com/developer/msbuild/2003\">\n"
	"  <ItemGroup Label=\"ProjectConfigurations\">\n"
	"    <ProjectConfiguration Include=\"Debug|x64\"><Configuration>Debug</Configuration><Platform>x64</Platform></ProjectConfiguration>\n"
	"    <ProjectConfiguration Include=\"Release|x64\"><Configuration>Release</Configuration><Platform>x64</Platform></ProjectConfiguration>\n"
	"  </ItemGroup>\n"
	"  <PropertyGroup Label=\"Globals\">\n"
	"    <Configuration Condition=\"'$(Configuration)' == ''\">Debug</Configuration>\n"
	"    <Platform Condition=\"'$(Platform)' == ''\">x64</Platform>\n"
	"  </PropertyGroup>\n"
	"  <ItemDefinitionGroup Condition=\"'$(Configuration)|$(Platform)'=='Release|x64'\">\n"
	"    <ClCompile>\n"
	"      <PreprocessorDefinitions>%(PreprocessorDefinitions);NDIS_MINIPORT_DRIVER</PreprocessorDefinitions>\n"
	"      <PreprocessorDefinitions>%(PreprocessorDefinitions);NDIS60=1</PreprocessorDefinitions>\n"
	"      <AdditionalIncludeDirectories>%(AdditionalIncludeDirectories);..\\inc;$(DDK_INC_PATH)</AdditionalIncludeDirectories>\n"
	"      <ForcedIncludeFiles>precomp.h</ForcedIncludeFiles>\n"
	"    </ClCompile>\n"
	"  </ItemDefinitionGroup>\n"
	"  <ItemDefinitionGroup Condition=\"'$(Configuration)|$(Platform)'=='Debug|x64'\">\n"
	"    <ClCompile>\n"
	"      <PreprocessorDefinitions>DBG=1;%(PreprocessorDefinitions)</PreprocessorDefinitions>\n"
	"    </ClCompile>\n"
	"  </ItemDefinitionGroup>\n"
	"  <ItemGroup>\n"
	"    <ClCompile Include=\"..\\common\\miniport.c\" />\n"
	"    <ClCompile Include=\"driver.c\">\n"
	"      <PreprocessorDefinitions>%(PreprocessorDefinitions);ONLY_DRIVER</PreprocessorDefinitions>\n"
	"    </ClCompile>\n"
	"    <ClCompile Include=\"debugonly.c\">\n"
	"      <ExcludedFromBuild Condition=\"'$(Configuration)|$(Platform)'=='Release|x64'\">true</ExcludedFromBuild>\n"
	"    </ClCompile>\n"
	"    <ClInclude Include=\"driver.h\" />\n"
	"  </ItemGroup>\n"
	"</Project>\n";

START_TEST(release_configuration)
{
	char err[512];
	fe_input *in;
	size_t n;
	write_proj(project);
	ck_assert_msg(vcx_load(proj, "Release|x64", &in, &n, err, sizeof(err)) == 0, "%s", err);
	ck_assert_uint_eq(n, 2);   /* debugonly.c is excluded in Release */
	char want[256];
	snprintf(want, sizeof(want), "%s/../common/miniport.c", dir);
	ck_assert_str_eq(in[0].file, want);
	snprintf(want, sizeof(want), "%s/driver.c", dir);
	ck_assert_str_eq(in[1].file, want);
	ck_assert(has_arg(&in[0], "-DNDIS_MINIPORT_DRIVER"));
	ck_assert(has_arg(&in[0], "-DNDIS60=1"));
	ck_assert(!has_arg(&in[0], "-DONLY_DRIVER"));
	ck_assert(has_arg(&in[1], "-DONLY_DRIVER"));
	ck_assert(!has_arg(&in[1], "-DDBG=1"));
	snprintf(want, sizeof(want), "-I%s/../inc", dir);
	ck_assert(has_arg(&in[0], want));
	/* the WDK property is unknown here: that include directory is dropped */
	for (size_t i = 0; i < in[0].nargs; i++)
		ck_assert(strstr(in[0].args[i], "DDK_INC_PATH") == NULL);
	ck_assert(has_arg(&in[0], "-include"));
	fe_inputs_free(in, n);
	cleanup_dir();
}
END_TEST

START_TEST(default_configuration_is_debug)
{
	char err[512];
	fe_input *in;
	size_t n;
	write_proj(project);
	char *d = vcx_default_configuration(proj);
	ck_assert_str_eq(d, "Debug|x64");
	free(d);
	ck_assert_msg(vcx_load(proj, NULL, &in, &n, err, sizeof(err)) == 0, "%s", err);
	ck_assert_uint_eq(n, 3);
	ck_assert(has_arg(&in[0], "-DDBG=1"));
	ck_assert(!has_arg(&in[0], "-DNDIS60=1"));
	fe_inputs_free(in, n);
	cleanup_dir();
}
END_TEST

START_TEST(unknown_configuration)
{
	char err[512];
	fe_input *in;
	size_t n;
	write_proj(project);
	ck_assert_int_eq(vcx_load(proj, "Release|ARM64", &in, &n, err, sizeof(err)), -1);
	ck_assert_msg(strstr(err, "drv.vcxproj:2: no configuration 'Release|ARM64'"), "%s", err);
	cleanup_dir();
}
END_TEST

START_TEST(malformed_xml)
{
	char err[512];
	fe_input *in;
	size_t n;
	write_proj("<Project>\n  <ItemGroup>\n    <ClCompile Include=\"a.c\">\n</Project>\n");
	ck_assert_int_eq(vcx_load(proj, NULL, &in, &n, err, sizeof(err)), -1);
	ck_assert_msg(strstr(err, "drv.vcxproj:5: not a readable project file"), "%s", err);
	ck_assert_msg(strstr(err, "ItemGroup line 2"), "%s", err);
	cleanup_dir();
}
END_TEST

START_TEST(not_a_project_and_no_sources)
{
	char err[512];
	fe_input *in;
	size_t n;
	write_proj("<Other/>\n");
	ck_assert_int_eq(vcx_load(proj, NULL, &in, &n, err, sizeof(err)), -1);
	ck_assert_msg(strstr(err, "not an MSBuild project"), "%s", err);
	cleanup_dir();
	write_proj("<Project>\n<ItemGroup><ClInclude Include=\"a.h\"/></ItemGroup>\n</Project>\n");
	ck_assert_int_eq(vcx_load(proj, NULL, &in, &n, err, sizeof(err)), -1);
	ck_assert_msg(strstr(err, "no C source"), "%s", err);
	cleanup_dir();
}
END_TEST

START_TEST(include_lists_and_file_name_case)
{
	char err[512];
	fe_input *in;
	size_t n;
	write_proj("<Project>\n<ItemGroup><ClCompile Include=\"one.c; Two.C\" /></ItemGroup>\n</Project>\n");
	char p[256];
	snprintf(p, sizeof(p), "%s/one.c", dir);
	fclose(fopen(p, "w"));
	snprintf(p, sizeof(p), "%s/two.c", dir);   /* on disk in another case */
	fclose(fopen(p, "w"));
	ck_assert_msg(vcx_load(proj, NULL, &in, &n, err, sizeof(err)) == 0, "%s", err);
	ck_assert_uint_eq(n, 2);
	char want[256];
	snprintf(want, sizeof(want), "%s/one.c", dir);
	ck_assert_str_eq(in[0].file, want);
	snprintf(want, sizeof(want), "%s/two.c", dir);
	ck_assert_str_eq(in[1].file, want);
	fe_inputs_free(in, n);
	cleanup_dir();
}
END_TEST

int main(void)
{
	Suite *s = suite_create("vcxproj");
	TCase *tc = tcase_create("load");
	tcase_add_test(tc, release_configuration);
	tcase_add_test(tc, default_configuration_is_debug);
	tcase_add_test(tc, unknown_configuration);
	tcase_add_test(tc, malformed_xml);
	tcase_add_test(tc, not_a_project_and_no_sources);
	tcase_add_test(tc, include_lists_and_file_name_case);
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
