/* vcxproj: reads a Visual Studio driver project (.vcxproj, MSBuild XML) into
 * translation units to parse, since MSBuild writes no compilation database.
 * Takes the ClCompile items and, for the chosen configuration, their
 * PreprocessorDefinitions, UndefinePreprocessorDefinitions (-U, after them),
 * AdditionalIncludeDirectories, ForcedIncludeFiles and
 * PrecompiledHeader(File) (a /Yu source gets the header's directory on its
 * include path) (item definitions, then per-item metadata, in document
 * order, `%(Name)` standing for what came before; names in any letter
 * case), and the WPP metadata a missing X.tmh is made from:
 * WppTraceFunction (a ';' list of signatures) and WppScanConfigurationData
 * (a header, found in any letter case); the MessageCompile items (the
 * header mc writes from each .mc: GeneratedFilesBaseName, HeaderExtension,
 * SetCustomerbit) and the Wmimofck items that write a header
 * (HeaderOutputFile, GenerateStructureDefinitionsForMethodParameters) with
 * the MofComp item whose binary MOF they read, as fe_input.gens of every
 * source.  A kernel-mode driver configuration
 * (ConfigurationType Driver, not UMDF, not a user-mode toolset) gets
 * -D_KERNEL_MODE=1, as cl /kernel predefines it, unless the project defines
 * or undefines it.  An item's Include is a ';' list (entries trimmed, empty
 * ones dropped) of files or of file-name wildcards (`*`, `?`); Exclude
 * (files, wildcards, `@(ClCompile)`) and Remove take items out.  Paths are
 * made relative to the project's directory and found on disk in any letter
 * case, component by component, as Windows would.  MSBuild properties it
 * cannot know (`$(DDK_INC_PATH)`, `$(IntDir)`...) drop the entry that names
 * them: the bundled model headers stand in for the WDK.  The caller frees
 * the inputs with fe_inputs_free().  No code from the project is run. */
#ifndef DDICHECK_VCXPROJ_H
#define DDICHECK_VCXPROJ_H

#include <stddef.h>

#include "frontend/frontend.h"

/* configuration: "Release|x64", "Debug" (any platform), or NULL for the
 * project's default (its Configuration/Platform defaults, else the first
 * ProjectConfiguration).  Returns 0, or -1 with "file:line: message" in err
 * (malformed XML, no such configuration, no ClCompile item, an item whose
 * file exists in no letter case or in several, a wildcard in a directory
 * name or `**`, an item reference in Include). */
int vcx_load(const char *path, const char *configuration, fe_input **out, size_t *n, char *err,
	     size_t errsize);

/* The configuration vcx_load would choose for NULL (caller frees), or NULL. */
char *vcx_default_configuration(const char *path);

#endif
