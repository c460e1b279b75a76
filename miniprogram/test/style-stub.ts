// Stylesheets have no meaning in jsdom; every .css/.scss import resolves here.
export {}
