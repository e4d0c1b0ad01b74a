#!/usr/bin/env bash
# samples.sh -- runs ddicheck on the drivers of Microsoft's public
# Windows-driver-samples that docs/evaluation.md evaluates, and prints one
# line per driver: exit status, parse errors, findings.  The samples stay
# outside this repository; nothing of theirs is copied.
#
#   tools/eval/samples.sh WDS [DDICHECK] [-v] [--survey]
#
# WDS: a checkout of the samples (git clone or `git archive HEAD | tar -x`);
# DDICHECK: the binary (default build/checker/ddicheck); -v also prints
# every finding with its notes; --survey runs the drivers of the wider
# survey (docs/evaluation.md, "Survey of 30 more drivers") instead of the
# evaluated ones.  Each driver runs in its own directory, as the
# .vcxproj's relative paths expect.
set -u
WDS=${1:?usage: samples.sh WDS [DDICHECK] [-v] [--survey]}
D=${2:-build/checker/ddicheck}
VERBOSE=${3:-}
LIST=${4:-}
D=$(cd "$(dirname "$D")" && pwd)/$(basename "$D")
WDS=$(cd "$WDS" && pwd)

# name | directory | arguments (files and parser flags, or a .vcxproj) [| configuration]
DRIVERS='
filter|network/ndis/filter|device.c filter.c flt_dbg.c -I. -DNDIS630=1 -DNDISLWF=1 -DNDIS_WDM=1
mux (novlan)|network/ndis/mux/driver/60|miniport.c mux.c protocol.c -I. -DNDIS60 -DNDIS60_MINIPORT -DNDIS_MINIPORT_DRIVER -DNDIS_WDM
mux (vlan)|network/ndis/mux/driver/60|miniport.c mux.c protocol.c -I. -DIEEE_VLAN_SUPPORT=1 -DNDIS630 -DNDIS630_MINIPORT -DNDIS_MINIPORT_DRIVER -DNDIS_WDM
netvmini (6.80)|network/ndis/netvmini/6x/680|netvmini680.vcxproj
ndisprot (6.30)|network/ndis/ndisprot/6x/sys|excallbk.c debug.c ndisbind.c ntdisp.c recv.c send.c -I. -DNDIS_WDM=1 -DNDIS630=1
ndisprot_kmdf|network/ndis/ndisprot_kmdf/60|excallbk.c debug.c ndisbind.c ntdisp.c recv.c send.c -I. -DNDIS_WDM=1 -DNDIS630=1
extension, forward|network/ndis/extension|base/SxBase.c base/SxLibrary.c samples/forward/MsForwardExt.c -Ibase -DNDIS_WDM=1 -DNDIS640=1
extension, passthrough|network/ndis/extension|base/SxBase.c base/SxLibrary.c samples/passthrough/MsPassthroughExt.c -Ibase -DNDIS_WDM=1 -DNDIS640=1
SDV-FailDriver-NDIS|tools/sdv/samples/SDV-FailDriver-NDIS/driver|main.c -DENABLE_MORE_CODE -DNDIS_MINIPORT_DRIVER -DNDIS630_MINIPORT=1 -DBINARY_COMPATIBLE=0 -DNDIS630=1
cancel/startio|general/cancel/startio|cancel.c -DPOOL_NX_OPTIN -DPOOL_ZERO_DOWN_LEVEL_SUPPORT
cancel/sys|general/cancel/sys|cancel.c -DPOOL_NX_OPTIN -DPOOL_ZERO_DOWN_LEVEL_SUPPORT
event/wdm|general/event/wdm|event.c -DPOOL_NX_OPTIN -DPOOL_ZERO_DOWN_LEVEL_SUPPORT
ioctl/wdm|general/ioctl/wdm/sys|sioctl.c
SystemDma/wdm|general/SystemDma/wdm/sys|sdma.c
obcallback|general/obcallback/driver|callback.c tdriver.c util.c
tracing/tracedriver|general/tracing/tracedriver/tracedrv|tracedrv.vcxproj
registry/regfltr|general/registry/regfltr/sys|capture.c context.c multialt.c post.c pre.c txr.c txrutil.c util.c version.c driver.c regfltr.c -I../exe -DPOOL_NX_OPTIN -DPOOL_ZERO_DOWN_LEVEL_SUPPORT
DV-FailDriver-WDM|tools/dv/samples/DV-FailDriver-WDM|defect_toastmon.c wmi.c
KasanDemo-WDM|tools/kasan/samples/KasanDemo-WDM/sys|kasantrigger.c
SDV-FailDriver-WDM|tools/sdv/samples/SDV-FailDriver-WDM/driver|fail_driver1.c
echo AutoSync|general/echo/kmdf/driver/AutoSync|echo.vcxproj
echo DriverSync|general/echo/kmdf/driver/DriverSync|echo_2.vcxproj
ioctl/kmdf|general/ioctl/kmdf/sys|nonpnp.vcxproj
PLX9x5x|general/PLX9x5x/sys|Pci9x5x.vcxproj
pcidrv|general/pcidrv/kmdf/HW|PCIDRV.vcxproj
toaster bus static|general/toaster/toastDrv/kmdf/bus/static|StatBus.vcxproj
toaster bus dynamic|general/toaster/toastDrv/kmdf/bus/dynamic|dynambus.vcxproj
toastmon|general/toaster/toastDrv/kmdf/toastmon|wdftoastmon.vcxproj
toaster func simple|general/toaster/toastDrv/kmdf/func/simple|wdfsimple.vcxproj
toaster func featured|general/toaster/toastDrv/kmdf/func/featured|wdffeatured.vcxproj
toaster filter sideband|general/toaster/toastDrv/kmdf/filter/sideband|filter.vcxproj
toaster filter generic|general/toaster/toastDrv/kmdf/filter/generic|filter.vcxproj
serial|serial/serial|wdfserial.vcxproj
kbfiltr|input/kbfiltr/sys|kbfiltr.vcxproj
moufiltr|input/moufiltr|moufiltr.vcxproj
SDV-FailDriver-KMDF|tools/sdv/samples/SDV-FailDriver-KMDF/driver|fail_driver1.vcxproj|Debug|x64
wmisamp|wmi/wmisamp|WmiSamp.vcxproj
simbatt|simbatt/func|simbatt.vcxproj
pscr|smartcrd/pscr|Pscr.vcxproj
vhidmini2|hid/vhidmini2/driver/kmdf|vhidmini.vcxproj
simsensor|thermal/simsensor|simsensor.vcxproj
'

# The wider survey: 30 more drivers in C (fastfat is left out: its
# analysis takes nine minutes on two cores, docs/performance.md).
SURVEY='
kmdf_fx2|usb/kmdf_fx2/driver|osrusbfx2.vcxproj
kmdf_enumswitches|usb/kmdf_enumswitches/sys|kmdf_enumswitches.vcxproj
osrfx2 lab step5|usb/wdf_osrfx2_lab/kmdf/step5|osrusbfx2.vcxproj
ufxclientsample|usb/ufxclientsample|ufxclientsample.vcxproj
hidusbfx2|hid/hidusbfx2/sys|hidusbfx2.vcxproj
hidkmdf|hid/hidusbfx2/hidkmdf|hidkmdf.vcxproj
firefly|hid/firefly/driver|firefly.vcxproj
simgpio|gpio/samples/simgpio|simgpio.vcxproj
simgpio_i2c|gpio/samples/simgpio_i2c|simgpio_i2c.vcxproj
bthcli|bluetooth/bthecho/bthcli/sys|BthEchoSampleCli.vcxproj
bthsrv|bluetooth/bthecho/bthsrv/sys|BthEchoSampleSrv.vcxproj
inspect|network/trans/inspect/sys|inspect.vcxproj|Debug|x64
ddproxy|network/trans/ddproxy/sys|ddproxy.vcxproj
stmedit|network/trans/stmedit/sys|stmedit.vcxproj
msnmntr|network/trans/msnmntr/sys|msnmntr.vcxproj
nullFilter|filesys/miniFilter/nullFilter|nullFilter.vcxproj
passThrough|filesys/miniFilter/passThrough|passThrough.vcxproj
scanner|filesys/miniFilter/scanner/filter|scanner.vcxproj
swapBuffers|filesys/miniFilter/swapBuffers|swapBuffers.vcxproj
cdfs|filesys/cdfs|cdfs.vcxproj
serenum|serial/serenum|SerEnum_sample.vcxproj
kcs|general/perfcounters/kcs|kcs.vcxproj
evntdrv|general/tracing/evntdrv/Eventdrv|Eventdrv.vcxproj
pofx SingleComp|pofx/WDF/Driver/SingleComp|SingleComponentFStateDriver.vcxproj
pofx MultiComp|pofx/WDF/Driver/MultiComp/driver|WdfMultiComp.vcxproj
pep acpi|pofx/PEP/acpi|sampleacpipep.vcxproj
prm|prm/PrmFunc|prmfuncsample.vcxproj
disk|storage/class/disk/src|disk.vcxproj
msdsm|storage/msdsm/src|SampleDSM.vcxproj
lsi_u3|storage/miniports/lsi_u3/src|lsi_u3.vcxproj
'
[ "$LIST" = --survey ] && DRIVERS=$SURVEY

printf '| driver | exit | parse errors | findings |\n| --- | ---: | ---: | ---: |\n'
total=0
while IFS='|' read -r name dir args conf; do
	[ -n "$name" ] || continue
	if [ ! -d "$WDS/$dir" ]; then
		printf '| %s | - | not in %s | - |\n' "$name" "$WDS"
		continue
	fi
	read -r -a argv <<<"$args"
	# the project's default configuration is a platform it does not list
	[ -n "${conf:-}" ] && argv+=(--configuration "$conf")
	out=$(cd "$WDS/$dir" && "$D" --no-cache "${argv[@]}" 2>&1)
	rc=$?
	perr=$(printf '%s\n' "$out" | sed -n 's/^ddicheck: .*: \([0-9]*\) parse errors\{0,1\};.*/\1/p' |
	       awk '{s += $1} END {print s + 0}')
	nfind=$(printf '%s\n' "$out" | grep -cE '^[^ ].*:[0-9]+:[0-9]+: (error|warning): \[')
	total=$((total + nfind))
	printf '| %s | %d | %d | %d |\n' "$name" "$rc" "$perr" "$nfind"
	if [ "$VERBOSE" = -v ] && [ "$nfind" -gt 0 ]; then
		printf '%s\n' "$out" | grep -E '^[^ ].*:[0-9]+:[0-9]+: (error|warning|note): ' | sed 's/^/    /'
	fi
done <<<"$DRIVERS"
printf '\n%d findings\n' "$total"
