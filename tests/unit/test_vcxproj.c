/* Visual Studio projects as input: configurations, MSBuild's %(...)
 * accumulation, paths, dropped WDK properties, exclusions, errors. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "project/vcxproj.h"

static char dir[64];    /* the temporary tree */
static char pdir[96];   /* the project's directory, one level down so that ..\ stays inside */
static char proj[128];

static void write_proj(const char *xml)
{
	strcpy(dir, "/tmp/ddicheck-vcx-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(dir));
	snprintf(pdir, sizeof(pdir), "%s/p", dir);
	ck_assert_int_eq(mkdir(pdir, 0700), 0);
	snprintf(proj, sizeof(proj), "%s/drv.vcxproj", pdir);
	FILE *f = fopen(proj, "w");
	ck_assert_ptr_nonnull(f);
	fputs(xml, f);
	fclose(f);
}

/* Creates rel (relative to the project's directory) and its directories. */
static void put(const char *rel)
{
	char p[256], cmd[320];
	snprintf(p, sizeof(p), "%s/%s", pdir, rel);
	snprintf(cmd, sizeof(cmd), "mkdir -p \"$(dirname '%s')\"", p);
	ck_assert_int_eq(system(cmd), 0);
	FILE *f = fopen(p, "w");
	ck_assert_ptr_nonnull(f);
	fclose(f);
}

/* The path vcx_load gives for rel: the project's directory + rel. */
static const char *at(const char *rel)
{
	static char buf[4][256];
	static int k;
	k = (k + 1) % 4;
	snprintf(buf[k], sizeof(buf[k]), "%s/%s", pdir, rel);
	return buf[k];
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
	put("../common/miniport.c");
	put("driver.c");
	ck_assert_msg(vcx_load(proj, "Release|x64", &in, &n, err, sizeof(err)) == 0, "%s", err);
	ck_assert_uint_eq(n, 2);   /* debugonly.c is excluded in Release */
	char want[256];
	ck_assert_str_eq(in[0].file, at("../common/miniport.c"));
	ck_assert_str_eq(in[1].file, at("driver.c"));
	ck_assert(has_arg(&in[0], "-DNDIS_MINIPORT_DRIVER"));
	ck_assert(has_arg(&in[0], "-DNDIS60=1"));
	ck_assert(!has_arg(&in[0], "-DONLY_DRIVER"));
	ck_assert(has_arg(&in[1], "-DONLY_DRIVER"));
	ck_assert(!has_arg(&in[1], "-DDBG=1"));
	snprintf(want, sizeof(want), "-I%s", at("../inc"));   /* missing: kept as written, as cl does */
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
	put("../common/miniport.c");
	put("driver.c");
	put("debugonly.c");
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

/* The project text around one ItemGroup's contents. */
static void write_items(const char *items)
{
	char xml[2048];
	snprintf(xml, sizeof(xml), "<Project>\n<ItemGroup>\n%s</ItemGroup>\n</Project>\n", items);
	write_proj(xml);
}

/* MSBuild's Include is a ';' list: entries trimmed, empty ones dropped, the
 * element's metadata on each. */
START_TEST(include_list_with_spaces)
{
	char err[512];
	fe_input *in;
	size_t n;
	write_items("<ClCompile Include=\" one.c ;;\n  ..\\lib\\two.c;\tsub\\three.c ; \">\n"
		    "  <PreprocessorDefinitions>EACH;%(PreprocessorDefinitions)</PreprocessorDefinitions>\n"
		    "</ClCompile>\n");
	put("one.c");
	put("../lib/two.c");
	put("sub/three.c");
	ck_assert_msg(vcx_load(proj, NULL, &in, &n, err, sizeof(err)) == 0, "%s", err);
	ck_assert_uint_eq(n, 3);
	ck_assert_str_eq(in[0].file, at("one.c"));
	ck_assert_str_eq(in[1].file, at("../lib/two.c"));
	ck_assert_str_eq(in[2].file, at("sub/three.c"));
	for (size_t i = 0; i < n; i++)
		ck_assert(has_arg(&in[i], "-DEACH"));
	fe_inputs_free(in, n);
	cleanup_dir();
}
END_TEST

/* '*' and '?' in the file name, in any letter case, sorted; Exclude with a
 * file and with @(ClCompile) (the items before); Remove. */
START_TEST(wildcards_exclude_and_remove)
{
	char err[512];
	fe_input *in;
	size_t n;
	write_items("<ClCompile Include=\"first.c\" />\n"
		    "<ClCompile Include=\"src\\m*.c;src\\?.c\" Exclude=\"src\\mskip.c;@(ClCompile)\" />\n"
		    "<ClCompile Include=\"*.c\" Exclude=\"@(ClCompile)\" />\n"
		    "<ClCompile Include=\"gone\\*.c\" />\n"
		    "<ClCompile Remove=\"src\\Q.c\" />\n");
	put("first.c");
	put("later.c");
	put("src/mb.c");
	put("src/MA.C");
	put("src/mskip.c");
	put("src/mc.h");
	put("src/q.c");
	put("src/m.c");     /* matches both patterns: two items, as in MSBuild (@(ClCompile) is the items before this element) */
	put("src/mdir.c/x");   /* a directory named like a source: not a file */
	ck_assert_msg(vcx_load(proj, NULL, &in, &n, err, sizeof(err)) == 0, "%s", err);
	/* first.c; src: MA.C m.c mb.c (sorted), ?.c: m.c q.c, less mskip.c;
	 * *.c: later.c (first.c excluded); Remove: q.c */
	const char *want[] = { "first.c", "src/MA.C", "src/m.c", "src/mb.c", "src/m.c", "later.c" };
	for (size_t i = 0; i < n && i < 6; i++)
		ck_assert_str_eq(in[i].file, at(want[i]));
	ck_assert_uint_eq(n, 6);
	fe_inputs_free(in, n);
	cleanup_dir();
}
END_TEST

START_TEST(wildcard_in_directory_is_an_error)
{
	char err[512];
	fe_input *in;
	size_t n;
	write_items("<ClCompile Include=\"a.c\" />\n<ClCompile Include=\"src\\**\\*.c\" />\n");
	put("a.c");
	ck_assert_int_eq(vcx_load(proj, NULL, &in, &n, err, sizeof(err)), -1);
	ck_assert_msg(strstr(err, "drv.vcxproj:4: ClCompile item 'src\\**\\*.c': wildcards are supported in the file name only"),
		      "%s", err);
	cleanup_dir();
	write_items("<ClCompile Include=\"s*\\a.c\" />\n");
	ck_assert_int_eq(vcx_load(proj, NULL, &in, &n, err, sizeof(err)), -1);
	ck_assert_msg(strstr(err, "drv.vcxproj:3: ClCompile item 's*\\a.c': wildcards"), "%s", err);
	cleanup_dir();
}
END_TEST

/* Windows paths ignore letter case: each component written in another case
 * than on disk is found (directories too), for sources, include directories
 * and forced includes. */
START_TEST(file_name_case)
{
	char err[512];
	fe_input *in;
	size_t n;
	write_items("<ClCompile Include=\"..\\Src\\ExCallbk.c;Two.C\">\n"
		    "  <AdditionalIncludeDirectories>..\\INC;Missing</AdditionalIncludeDirectories>\n"
		    "  <ForcedIncludeFiles>Precomp.h</ForcedIncludeFiles>\n"
		    "</ClCompile>\n");
	put("../src/excallbk.c");
	put("two.c");
	put("../inc/precomp.h");
	ck_assert_msg(vcx_load(proj, NULL, &in, &n, err, sizeof(err)) == 0, "%s", err);
	ck_assert_uint_eq(n, 2);
	ck_assert_str_eq(in[0].file, at("../src/excallbk.c"));
	ck_assert_str_eq(in[1].file, at("two.c"));
	char want[256];
	snprintf(want, sizeof(want), "-I%s", at("../inc"));
	ck_assert(has_arg(&in[0], want));
	snprintf(want, sizeof(want), "-I%s", at("Missing"));   /* kept as written, as cl ignores it */
	ck_assert(has_arg(&in[0], want));
	/* /FI name is searched like #include "name": the source's directory, then
	 * the include directories */
	ck_assert(has_arg(&in[0], "-include"));
	ck_assert(has_arg(&in[0], at("../inc/precomp.h")));
	fe_inputs_free(in, n);
	cleanup_dir();
}
END_TEST

/* A file that exists in no letter case, or in two (only a case-sensitive file
 * system has both): an error naming the project, the line and the item. */
START_TEST(missing_and_ambiguous_files)
{
	char err[512];
	fe_input *in;
	size_t n;
	write_items("<ClCompile Include=\"a.c\" />\n<ClCompile Include=\"a.c; sub\\Gone.c\" />\n");
	put("a.c");
	put("sub/other.c");
	ck_assert_int_eq(vcx_load(proj, NULL, &in, &n, err, sizeof(err)), -1);
	char want[512];
	snprintf(want, sizeof(want), "%s:4: ClCompile item 'sub\\Gone.c' not found: no 'Gone.c' in %s, in any letter case",
		 proj, at("sub"));
	ck_assert_str_eq(err, want);
	cleanup_dir();

	write_items("<ClCompile Include=\"nodir\\x.c\" />\n");
	ck_assert_int_eq(vcx_load(proj, NULL, &in, &n, err, sizeof(err)), -1);
	ck_assert_msg(strstr(err, "drv.vcxproj:3: ClCompile item 'nodir\\x.c' not found: no 'nodir' in"), "%s", err);
	cleanup_dir();

	write_items("<ClCompile Include=\"dup.c\" />\n");
	put("Dup.c");
	put("DUP.c");
	ck_assert_int_eq(vcx_load(proj, NULL, &in, &n, err, sizeof(err)), -1);
	ck_assert_msg(strstr(err, "drv.vcxproj:3: ClCompile item 'dup.c' not found:"), "%s", err);
	ck_assert_msg(strstr(err, "has 2 names that differ from 'dup.c' only in letter case"), "%s", err);
	cleanup_dir();

	write_items("<ClCompile Include=\"@(Other)\" />\n");
	ck_assert_int_eq(vcx_load(proj, NULL, &in, &n, err, sizeof(err)), -1);
	ck_assert_msg(strstr(err, "drv.vcxproj:3: ClCompile item '@(Other)': item references are not supported"), "%s",
		      err);
	cleanup_dir();
}
END_TEST

/* The WPP metadata a missing X.tmh is made from: the trace functions (a
 * ';' list, accumulated with %(WppTraceFunction)) and the configuration
 * header, found in any letter case; a condition on item metadata, which
 * ddicheck cannot evaluate, holds. */
START_TEST(wpp_metadata)
{
	char err[512];
	fe_input *in;
	size_t n;
	write_items("<ClCompile Include=\"a.c;b.c\">\n"
		    "  <WppTraceFunction>DEBUGP(LEVEL,MSG,...)</WppTraceFunction>\n"
		    "  <WppTraceFunction>%(WppTraceFunction); Hexdump((LEVEL,FLAGS,MSG,...)) ;</WppTraceFunction>\n"
		    "  <WppScanConfigurationData Condition=\"'%(ClCompile.ScanConfigurationData)' == ''\">Inc\\Trace.h</WppScanConfigurationData>\n"
		    "</ClCompile>\n"
		    "<ClCompile Include=\"c.c\">\n"
		    "  <WppScanConfigurationData>nosuch.h</WppScanConfigurationData>\n"
		    "</ClCompile>\n");
	put("a.c");
	put("b.c");
	put("c.c");
	put("inc/trace.h");
	ck_assert_msg(vcx_load(proj, NULL, &in, &n, err, sizeof(err)) == 0, "%s", err);
	ck_assert_uint_eq(n, 3);
	for (size_t i = 0; i < 2; i++) {
		ck_assert_uint_eq(in[i].nwpp_funcs, 2);
		ck_assert_str_eq(in[i].wpp_funcs[0], "DEBUGP(LEVEL,MSG,...)");
		ck_assert_str_eq(in[i].wpp_funcs[1], "Hexdump((LEVEL,FLAGS,MSG,...))");
		ck_assert_str_eq(in[i].wpp_config, at("inc/trace.h"));
	}
	ck_assert_uint_eq(in[2].nwpp_funcs, 0);
	ck_assert_ptr_null(in[2].wpp_config);   /* missing: the headers beside the source are read */
	fe_inputs_free(in, n);
	cleanup_dir();
}
END_TEST

/* /Yu"precomp.h" on a source from another directory: the header is where
 * the /Yc source found it (the project's directory), searched for quoted
 * includes after the others.  Metadata names in any letter case. */
START_TEST(precompiled_header_elsewhere)
{
	char err[512];
	fe_input *in;
	size_t n;
	write_items("<ClCompile Include=\"..\\shared\\drv.c\">\n"
		    "  <PreCompiledHeaderFile>precomp.h</PreCompiledHeaderFile>\n"
		    "  <PreCompiledHeader>Use</PreCompiledHeader>\n"
		    "</ClCompile>\n"
		    "<ClCompile Include=\"precompsrc.c\">\n"
		    "  <PrecompiledHeaderFile>precomp.h</PrecompiledHeaderFile>\n"
		    "  <PrecompiledHeader>Create</PrecompiledHeader>\n"
		    "</ClCompile>\n");
	put("../shared/drv.c");
	put("precompsrc.c");
	put("precomp.h");
	ck_assert_msg(vcx_load(proj, NULL, &in, &n, err, sizeof(err)) == 0, "%s", err);
	ck_assert_uint_eq(n, 2);
	char want[160];
	snprintf(want, sizeof(want), "-I%s", pdir);
	ck_assert_msg(has_arg(&in[0], want), "no %s", want);
	ck_assert(!has_arg(&in[1], want));
	fe_inputs_free(in, n);
	cleanup_dir();
}
END_TEST

/* A configuration of a project with its configuration properties, and one
 * source compiled with the given metadata. */
static void write_driver(const char *props, const char *meta)
{
	char xml[2048];
	snprintf(xml, sizeof(xml),
		 "<Project>\n"
		 "  <ItemGroup><ProjectConfiguration Include=\"Debug|x64\"/><ProjectConfiguration Include=\"Debug|Win32\"/></ItemGroup>\n"
		 "  %s\n"
		 "  <ItemGroup><ClCompile Include=\"drv.c\">%s</ClCompile></ItemGroup>\n"
		 "</Project>\n",
		 props, meta);
	write_proj(xml);
	put("drv.c");
}

/* The arguments of the one source, for a configuration. */
static fe_input *load_one(const char *configuration, size_t *n)
{
	char err[512];
	fe_input *in = NULL;
	ck_assert_msg(vcx_load(proj, configuration, &in, n, err, sizeof(err)) == 0, "%s", err);
	ck_assert_uint_eq(*n, 1);
	return in;
}

static bool has_prefix_arg(const fe_input *in, const char *prefix)
{
	for (size_t i = 0; i < in->nargs; i++)
		if (strncmp(in->args[i], prefix, strlen(prefix)) == 0)
			return true;
	return false;
}

/* cl /kernel predefines _KERNEL_MODE as 1; the WDK passes it for a
 * kernel-mode driver (ConfigurationType Driver, kernel-mode toolset), not
 * for a UMDF one (DriverType UMDF, user-mode toolset). */
START_TEST(kernel_mode_driver)
{
	size_t n;
	fe_input *in;
	/* KMDF and WDM drivers, each configuration its own group */
	write_driver("<PropertyGroup Label=\"Configuration\" Condition=\"'$(Configuration)|$(Platform)'=='Debug|x64'\">"
		     "<ConfigurationType>Driver</ConfigurationType><DriverType>KMDF</DriverType>"
		     "<PlatformToolset>WindowsKernelModeDriver10.0</PlatformToolset></PropertyGroup>"
		     "<PropertyGroup Condition=\"'$(Configuration)|$(Platform)'=='Debug|Win32'\">"
		     "<ConfigurationType>StaticLibrary</ConfigurationType></PropertyGroup>",
		     "");
	in = load_one("Debug|x64", &n);
	ck_assert(has_arg(&in[0], "-D_KERNEL_MODE=1"));
	fe_inputs_free(in, n);
	in = load_one("Debug|Win32", &n);   /* not a driver in that configuration */
	ck_assert(!has_prefix_arg(&in[0], "-D_KERNEL_MODE"));
	fe_inputs_free(in, n);
	cleanup_dir();

	write_driver("<PropertyGroup><ConfigurationType>driver</ConfigurationType><DriverType>WDM</DriverType></PropertyGroup>", "");
	in = load_one(NULL, &n);   /* no toolset named: the Driver type decides */
	ck_assert(has_arg(&in[0], "-D_KERNEL_MODE=1"));
	fe_inputs_free(in, n);
	cleanup_dir();

	/* UMDF: by its driver type, or by the user-mode toolset */
	write_driver("<PropertyGroup><ConfigurationType>Driver</ConfigurationType><DriverType>UMDF</DriverType></PropertyGroup>", "");
	in = load_one(NULL, &n);
	ck_assert(!has_prefix_arg(&in[0], "-D_KERNEL_MODE"));
	fe_inputs_free(in, n);
	cleanup_dir();
	write_driver("<PropertyGroup><ConfigurationType>DynamicLibrary</ConfigurationType>"
		     "<PlatformToolset>WindowsUserModeDriver10.0</PlatformToolset></PropertyGroup>", "");
	in = load_one(NULL, &n);
	ck_assert(!has_prefix_arg(&in[0], "-D_KERNEL_MODE"));
	fe_inputs_free(in, n);
	cleanup_dir();
	write_driver("<PropertyGroup><ConfigurationType>Driver</ConfigurationType>"
		     "<PlatformToolset>WindowsUserModeDriver10.0</PlatformToolset></PropertyGroup>", "");
	in = load_one(NULL, &n);
	ck_assert(!has_prefix_arg(&in[0], "-D_KERNEL_MODE"));
	fe_inputs_free(in, n);
	cleanup_dir();

	/* the last value whose condition holds wins, as MSBuild evaluates */
	write_driver("<PropertyGroup><ConfigurationType>Driver</ConfigurationType></PropertyGroup>"
		     "<PropertyGroup><ConfigurationType Condition=\"'$(Platform)'=='x64'\">Application</ConfigurationType>"
		     "<ConfigurationType Condition=\"'$(Platform)'=='ARM64'\">Driver</ConfigurationType></PropertyGroup>", "");
	in = load_one("Debug|x64", &n);
	ck_assert(!has_prefix_arg(&in[0], "-D_KERNEL_MODE"));
	fe_inputs_free(in, n);
	cleanup_dir();
}
END_TEST

/* A project that defines or undefines _KERNEL_MODE itself keeps its own. */
START_TEST(kernel_mode_project_own)
{
	size_t n;
	fe_input *in;
	const char *driver = "<PropertyGroup><ConfigurationType>Driver</ConfigurationType>"
			     "<PlatformToolset>WindowsKernelModeDriver10.0</PlatformToolset></PropertyGroup>";
	write_driver(driver, "<PreprocessorDefinitions>A;_KERNEL_MODE=2;%(PreprocessorDefinitions)</PreprocessorDefinitions>");
	in = load_one(NULL, &n);
	ck_assert(has_arg(&in[0], "-D_KERNEL_MODE=2"));
	ck_assert(!has_arg(&in[0], "-D_KERNEL_MODE=1"));
	fe_inputs_free(in, n);
	cleanup_dir();
	write_driver(driver, "<UndefinePreprocessorDefinitions>_KERNEL_MODE</UndefinePreprocessorDefinitions>");
	in = load_one(NULL, &n);
	ck_assert(!has_prefix_arg(&in[0], "-D_KERNEL_MODE"));
	ck_assert(has_arg(&in[0], "-U_KERNEL_MODE"));
	fe_inputs_free(in, n);
	cleanup_dir();
	/* a prefix of the name is another macro */
	write_driver(driver, "<PreprocessorDefinitions>_KERNEL_MODE_X</PreprocessorDefinitions>");
	in = load_one(NULL, &n);
	ck_assert(has_arg(&in[0], "-D_KERNEL_MODE=1"));
	ck_assert(has_arg(&in[0], "-D_KERNEL_MODE_X"));
	fe_inputs_free(in, n);
	cleanup_dir();
}
END_TEST

/* MessageCompile items: the header mc writes for each (its base name, or
 * GeneratedFilesBaseName, '.', HeaderExtension or h), the file found in any
 * letter case, SetCustomerbit from the item definitions; a missing file
 * writes nothing ddicheck makes; a manifest (any file not .mc) writes the
 * -km header, or -um's with GenerateUserModeLoggingMacros alone. */
START_TEST(message_compile_items)
{
	char err[512];
	fe_input *in;
	size_t n;
	write_proj("<Project>\n"
		   "<ItemDefinitionGroup><MessageCompile><SetCustomerbit>true</SetCustomerbit></MessageCompile></ItemDefinitionGroup>\n"
		   "<ItemGroup>\n"
		   "  <ClCompile Include=\"a.c\" />\n"
		   "  <ClCompile Include=\"b.c\" />\n"
		   "</ItemGroup>\n"
		   "<ItemGroup>\n"
		   "  <MessageCompile Include=\"EvLog.mc; gone.mc; events.man\" />\n"
		   "  <MessageCompile Include=\"msg\\two.mc\">\n"
		   "    <GeneratedFilesBaseName>twomsgs</GeneratedFilesBaseName><HeaderExtension>hh</HeaderExtension>\n"
		   "    <SetCustomerbit Condition=\"'$(Platform)'=='ARM64'\">false</SetCustomerbit>\n"
		   "  </MessageCompile>\n"
		   "  <MessageCompile Include=\"three.mc\"><SetCustomerbit>false</SetCustomerbit></MessageCompile>\n"
		   "  <MessageCompile Include=\"um.xml\"><GenerateUserModeLoggingMacros>true</GenerateUserModeLoggingMacros>\n"
		   "    <GeneratedFilesBaseName>umEvents</GeneratedFilesBaseName></MessageCompile>\n"
		   "</ItemGroup>\n"
		   "</Project>\n");
	put("a.c");
	put("b.c");
	put("evlog.mc");
	put("events.man");
	put("msg/two.mc");
	put("three.mc");
	put("um.xml");
	ck_assert_msg(vcx_load(proj, "Debug|x64", &in, &n, err, sizeof(err)) == 0, "%s", err);
	ck_assert_uint_eq(n, 2);
	for (size_t i = 0; i < n; i++) {   /* project-wide: every source has them */
		ck_assert_uint_eq(in[i].ngens, 5);
		ck_assert_int_eq(in[i].gens[0].kind, FE_GEN_MC);
		ck_assert_str_eq(in[i].gens[0].header, "evlog.h");
		ck_assert_str_eq(in[i].gens[0].source, at("evlog.mc"));
		ck_assert(in[i].gens[0].customer);
		ck_assert_int_eq(in[i].gens[1].kind, FE_GEN_ETW_KM);
		ck_assert_str_eq(in[i].gens[1].header, "events.h");
		ck_assert_str_eq(in[i].gens[1].source, at("events.man"));
		ck_assert(!in[i].gens[1].customer);
		ck_assert_str_eq(in[i].gens[2].header, "twomsgs.hh");
		ck_assert_str_eq(in[i].gens[2].source, at("msg/two.mc"));
		ck_assert(in[i].gens[2].customer);   /* its own value's condition does not hold */
		ck_assert_str_eq(in[i].gens[3].header, "three.h");
		ck_assert(!in[i].gens[3].customer);
		ck_assert_int_eq(in[i].gens[4].kind, FE_GEN_ETW_UM);
		ck_assert_str_eq(in[i].gens[4].header, "umEvents.h");
	}
	fe_inputs_free(in, n);
	cleanup_dir();
}
END_TEST

/* MofComp and Wmimofck items: the header a Wmimofck item writes
 * (HeaderOutputFile, any directory) from the MOF that a MofComp item
 * compiles to the binary MOF it reads (CreateBinaryMofFile, else the
 * .mof's name with .bmf), matched by file name in any letter case; -m from
 * GenerateStructureDefinitionsForMethodParameters; no header without
 * HeaderOutputFile. */
START_TEST(wmi_mof_items)
{
	char err[512];
	fe_input *in;
	size_t n;
	write_proj("<Project>\n"
		   "<ItemGroup>\n"
		   "  <Wmimofck Include=\"other.bmf\"><HeaderOutputFile>$(IntDir)\\OtherMof.h</HeaderOutputFile></Wmimofck>\n"
		   "  <ClCompile Include=\"a.c\" />\n"
		   "  <MofComp Include=\"Widget.mof\">\n"
		   "    <CreateBinaryMofFile>\".\\$(IntDir)\\wdg.bmf\"</CreateBinaryMofFile>\n"
		   "  </MofComp>\n"
		   "  <MofComp Include=\"other.mof\" />\n"
		   "  <Wmimofck Include=\".\\$(IntDir)\\WDG.bmf\" />\n"
		   "  <Wmimofck Include=\".\\$(IntDir)\\wdg.bmf\">\n"
		   "    <GenerateStructureDefinitionsForMethodParameters>true</GenerateStructureDefinitionsForMethodParameters>\n"
		   "    <HeaderOutputFile>.\\$(IntDir)\\WidgetMof.h</HeaderOutputFile>\n"
		   "  </Wmimofck>\n"
		   "  <Wmimofck Include=\"nomof.bmf\"><HeaderOutputFile>NoMof.h</HeaderOutputFile></Wmimofck>\n"
		   "</ItemGroup>\n"
		   "</Project>\n");
	put("a.c");
	put("widget.mof");
	put("other.mof");
	ck_assert_msg(vcx_load(proj, NULL, &in, &n, err, sizeof(err)) == 0, "%s", err);
	ck_assert_uint_eq(n, 1);
	ck_assert_uint_eq(in[0].ngens, 2);
	ck_assert_int_eq(in[0].gens[0].kind, FE_GEN_MOF);
	ck_assert_str_eq(in[0].gens[0].header, "OtherMof.h");
	ck_assert_str_eq(in[0].gens[0].source, at("other.mof"));
	ck_assert(!in[0].gens[0].method_structs);
	ck_assert_str_eq(in[0].gens[1].header, "WidgetMof.h");
	ck_assert_str_eq(in[0].gens[1].source, at("widget.mof"));
	ck_assert(in[0].gens[1].method_structs);
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
	tcase_add_test(tc, include_list_with_spaces);
	tcase_add_test(tc, wildcards_exclude_and_remove);
	tcase_add_test(tc, wildcard_in_directory_is_an_error);
	tcase_add_test(tc, file_name_case);
	tcase_add_test(tc, missing_and_ambiguous_files);
	tcase_add_test(tc, wpp_metadata);
	tcase_add_test(tc, precompiled_header_elsewhere);
	tcase_add_test(tc, kernel_mode_driver);
	tcase_add_test(tc, kernel_mode_project_own);
	tcase_add_test(tc, message_compile_items);
	tcase_add_test(tc, wmi_mof_items);
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
