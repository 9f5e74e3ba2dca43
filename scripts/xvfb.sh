# Sourced by the scripts that run the app on a screen of their own (from the repository's root):
#   start_xvfb DIR   starts a private Xvfb (1280x860x24, no TCP), waits for it, exports DISPLAY
#                    and sets xvfb to its process id, for the caller's cleanup to stop it;
#                    DIR (the caller's work folder) receives the display number
start_xvfb() {
  local dfile=$1/display
  Xvfb -displayfd 3 -screen 0 1280x860x24 -nolisten tcp 3>"$dfile" >/dev/null 2>&1 &
  xvfb=$!
  for _ in $(seq 1 100); do [[ -s $dfile ]] && break; sleep 0.1; done
  [[ -s $dfile ]] || { echo "Xvfb did not start" >&2; return 1; }
  DISPLAY=:$(head -1 "$dfile")
  export DISPLAY
}
