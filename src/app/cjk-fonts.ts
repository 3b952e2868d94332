// Every slice of both weights the app uses; see fonts.ts for why this module is loaded late.
import '@fontsource/noto-serif-sc/400.css';
import '@fontsource/noto-serif-sc/700.css';
