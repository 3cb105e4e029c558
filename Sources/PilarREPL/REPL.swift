// The interactive shell lives here (see issue 3).
import PilarLanguage
